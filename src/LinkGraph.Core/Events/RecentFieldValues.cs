using System.Text;
using System.Text.Json;

namespace LinkGraph.Core.Events;

/// <summary>
/// The last string read for each field of a reader, with its UTF-8 bytes: consecutive lines often repeat an account,
/// a timestamp or an address, and equal unescaped bytes decode to an equal string, so the previous one is reused
/// instead of decoding and allocating again. Type names map to literals.
/// </summary>
internal sealed class RecentFieldValues
{
    // Longer values (prompt text) are rarely repeated on the next line.
    private const int MaxCachedBytes = 128;

    private static readonly (byte[] Utf8, string Text)[] TypeNames =
        [.. new[] { "account", "payment", "ip", "device", "prompt" }.Select(name => (Encoding.UTF8.GetBytes(name), name))];

    private readonly byte[][] _bytes;
    private readonly int[] _lengths;
    private readonly string?[] _strings;

    public RecentFieldValues()
    {
        _bytes = new byte[EventFields.All.Count][];
        _lengths = new int[_bytes.Length];
        _strings = new string?[_bytes.Length];
        for (var i = 0; i < _bytes.Length; i++)
        {
            _bytes[i] = new byte[MaxCachedBytes];
        }
    }

    /// <summary>The string at the reader (a JSON string token) for field number <paramref name="field"/>.</summary>
    public string? Get(int field, ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxCachedBytes)
        {
            return reader.GetString();
        }

        var bytes = reader.ValueSpan;
        if (field == 0 && TypeName(bytes) is { } name)
        {
            return name;
        }

        if (_strings[field] is { } recent && bytes.SequenceEqual(_bytes[field].AsSpan(0, _lengths[field])))
        {
            return recent;
        }

        // GetString rejects invalid UTF-8 as before; only a decoded value is remembered.
        var text = reader.GetString();
        bytes.CopyTo(_bytes[field]);
        _lengths[field] = bytes.Length;
        _strings[field] = text;
        return text;
    }

    private static string? TypeName(ReadOnlySpan<byte> bytes)
    {
        foreach (var name in TypeNames)
        {
            if (bytes.SequenceEqual(name.Utf8))
            {
                return name.Text;
            }
        }

        return null;
    }
}
