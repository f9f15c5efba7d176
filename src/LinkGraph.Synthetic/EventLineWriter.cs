using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// Writes CONTRACT §1 NDJSON lines straight to a <see cref="TextWriter"/> through one reusable buffer, so
/// 20M events stream to disk without holding them or allocating a string per line. With a duplicate share it
/// re-delivers some lines verbatim, as at-least-once pipelines do.
/// </summary>
public sealed class EventLineWriter
{
    private readonly TextWriter _writer;
    private readonly SyntheticRandom? _duplicates;
    private readonly double _duplicateShare;
    private char[] _buffer = new char[1024];
    private int _length;

    public EventLineWriter(TextWriter writer, double duplicateShare = 0, SyntheticRandom? duplicates = null)
    {
        _writer = writer;
        _duplicateShare = duplicateShare;
        _duplicates = duplicateShare > 0 ? duplicates ?? throw new ArgumentNullException(nameof(duplicates)) : null;
    }

    public long Events { get; private set; }

    public void Account(string account, long unixSeconds, string emailDomain, string country, string? org)
    {
        Begin("account", account, unixSeconds);
        Field("email_domain", emailDomain);
        Field("country", country);
        if (org is not null)
        {
            Field("org", org);
        }

        End();
    }

    public void Observation(string type, string account, long unixSeconds, string value)
    {
        Begin(type, account, unixSeconds);
        Field("value", value);
        End();
    }

    private void Begin(string type, string account, long unixSeconds)
    {
        _length = 0;
        Append("{\"type\":\"");
        Append(type);
        Append("\",\"account\":\"");
        Append(account);
        Append("\",\"at\":\"");
        Ensure(32);
        var at = DateTime.UnixEpoch.AddSeconds(unixSeconds);
        at.TryFormat(_buffer.AsSpan(_length), out var written, "s", CultureInfo.InvariantCulture);
        _length += written;
        Append("Z\"");
    }

    private void Field(string name, string value)
    {
        Append(",\"");
        Append(name);
        Append("\":\"");
        AppendEscaped(value);
        Append('"');
    }

    private void End()
    {
        Append("}\n");
        _writer.Write(_buffer, 0, _length);
        Events++;
        if (_duplicates is not null && _duplicates.Chance(_duplicateShare))
        {
            _writer.Write(_buffer, 0, _length);
            Events++;
        }
    }

    private void Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Append(char c)
    {
        Ensure(1);
        _buffer[_length++] = c;
    }

    // JSON string escaping (RFC 8259 §7): quote, backslash and control characters; everything else verbatim.
    private void AppendEscaped(string value)
    {
        Ensure(value.Length * 6);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _buffer[_length++] = '\\';
                    _buffer[_length++] = '"';
                    break;
                case '\\':
                    _buffer[_length++] = '\\';
                    _buffer[_length++] = '\\';
                    break;
                case '\n':
                    _buffer[_length++] = '\\';
                    _buffer[_length++] = 'n';
                    break;
                case < ' ':
                    ((int)c).TryFormat(_buffer.AsSpan(_length + 2), out _, "x4", CultureInfo.InvariantCulture);
                    _buffer[_length] = '\\';
                    _buffer[_length + 1] = 'u';
                    _length += 6;
                    break;
                default:
                    _buffer[_length++] = c;
                    break;
            }
        }
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
