using System.Buffers;
using System.Text;
using System.Text.Json;

namespace LinkGraph.Core.Events;

/// <summary>
/// Streams docs/contract.md §1 NDJSON: one JSON object a line, parsed with <see cref="Utf8JsonReader"/> straight from
/// the UTF-8 bytes, one line in memory at a time. Blank lines are skipped (but counted for line numbers);
/// unknown fields are ignored; a JSON <c>null</c> counts as an absent field; every known field must be a
/// string; a field given twice is rejected (which value was meant is unknowable).
/// </summary>
public static class NdjsonEventReader
{
    private static readonly byte[][] FieldNames = [.. EventFields.All.Select(Encoding.UTF8.GetBytes)];

    public static IEnumerable<EventReadResult> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, cancellationToken);
    }

    public static IEnumerable<EventReadResult> Read(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader, cancellationToken);
    }

    /// <summary>Parses and validates one line of UTF-8 JSON; <paramref name="scratch"/> is reused between calls.</summary>
    public static EventReadResult ParseLine(ReadOnlySpan<byte> json, long line, RawEventFields scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        scratch.Clear();
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return EventReadResult.Rejected(line, EventFields.Line, "not a JSON object");
            }

            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = MatchField(ref reader);
                reader.Read();
                if (field < 0)
                {
                    reader.Skip();
                    continue;
                }

                var name = EventFields.All[field];
                if ((seen & (1 << field)) != 0)
                {
                    return EventReadResult.Rejected(line, name, "field appears more than once");
                }

                seen |= 1 << field;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        Assign(scratch, field, scratch.Recent.Get(field, ref reader));
                        break;
                    case JsonTokenType.Null:
                        break;
                    default:
                        return EventReadResult.Rejected(line, name, $"expected a string, got {Describe(reader.TokenType)}");
                }
            }

            if (reader.Read())
            {
                return EventReadResult.Rejected(line, EventFields.Line, "unexpected content after the JSON object");
            }
        }
        catch (JsonException ex)
        {
            return EventReadResult.Rejected(line, EventFields.Line, $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {TrimPosition(ex.Message)}");
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString throws this for text that is not valid UTF-8.
            return EventReadResult.Rejected(line, EventFields.Line, $"invalid JSON: {ex.Message}");
        }

        return EventValidator.Validate(scratch, line);
    }

    private static IEnumerable<EventReadResult> ReadIterator(Stream stream, CancellationToken cancellationToken)
    {
        using var lines = new Utf8LineReader(stream, EventLimits.MaxLineLength);
        var scratch = new RawEventFields();
        while (Next(lines, scratch, out var result))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return result;
        }
    }

    private static bool Next(Utf8LineReader lines, RawEventFields scratch, out EventReadResult result)
    {
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            if (tooLong)
            {
                result = TooLong(lines.LineNumber);
                return true;
            }

            if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }

            result = ParseLine(line, lines.LineNumber, scratch);
            return true;
        }

        result = default;
        return false;
    }

    private static IEnumerable<EventReadResult> ReadIterator(TextReader reader, CancellationToken cancellationToken)
    {
        var scratch = new RawEventFields();
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            long lineNumber = 0;
            while (reader.ReadLine() is { } text)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var byteCount = Encoding.UTF8.GetByteCount(text);
                if (byteCount > EventLimits.MaxLineLength)
                {
                    yield return TooLong(lineNumber);
                    continue;
                }

                if (byteCount > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(byteCount);
                }

                var written = Encoding.UTF8.GetBytes(text, buffer);
                yield return ParseLine(buffer.AsSpan(0, written), lineNumber, scratch);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static EventReadResult TooLong(long line) =>
        EventReadResult.Rejected(line, EventFields.Line, $"line is longer than the maximum of {EventLimits.MaxLineLength} bytes");

    private static int MatchField(ref Utf8JsonReader reader)
    {
        // An unescaped name is its bytes: compared directly, without the reader's unescaping checks.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            for (var i = 0; i < FieldNames.Length; i++)
            {
                if (name.SequenceEqual(FieldNames[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < FieldNames.Length; i++)
        {
            if (reader.ValueTextEquals(FieldNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Assign(RawEventFields fields, int field, string? value)
    {
        switch (field)
        {
            case 0: fields.Type = value; break;
            case 1: fields.Account = value; break;
            case 2: fields.At = value; break;
            case 3: fields.Value = value; break;
            case 4: fields.Id = value; break;
            case 5: fields.EmailDomain = value; break;
            case 6: fields.Country = value; break;
            default: fields.Org = value; break;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    /// <summary>Drops the reader's "LineNumber: 0 | BytePositionInLine: n." suffix: the line number is ours.</summary>
    private static string TrimPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
