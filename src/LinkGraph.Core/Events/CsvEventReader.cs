using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace LinkGraph.Core.Events;

/// <summary>
/// Streams docs/contract.md §1 CSV (RFC 4180 quoting, parsed by CsvHelper), one record in memory at a time. The first
/// record is the header: columns are matched by name in any order; <c>type</c>, <c>account</c>, <c>at</c> and
/// <c>value</c> are required, the others optional, unknown columns ignored. An empty cell is an absent field.
/// Line numbers are physical lines, so a quoted field spanning lines keeps later numbers right.
/// </summary>
public static class CsvEventReader
{
    private static readonly string[] RequiredColumns = [EventFields.Type, EventFields.Account, EventFields.At, EventFields.Value];

    public static IEnumerable<EventReadResult> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStream(stream, cancellationToken);
    }

    public static IEnumerable<EventReadResult> Read(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader, cancellationToken);
    }

    private static IEnumerable<EventReadResult> ReadStream(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (var result in ReadIterator(reader, cancellationToken))
        {
            yield return result;
        }
    }

    private static IEnumerable<EventReadResult> ReadIterator(TextReader reader, CancellationToken cancellationToken)
    {
        string? badField = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            LineBreakInQuotedFieldIsBadData = false,
            MaxFieldSize = EventLimits.MaxLineLength,
            BadDataFound = args => badField ??= args.Field,
        };

        using var parser = new CsvParser(reader, config, leaveOpen: true);
        if (!parser.Read())
        {
            yield break;
        }

        var headerLength = parser.Count;
        if (!TryMapHeader(parser, out var columns, out var headerProblem))
        {
            yield return EventReadResult.Rejected(parser.RawRow, "header", headerProblem);
            yield break;
        }

        var scratch = new RawEventFields();
        long previousEnd = parser.RawRow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badField = null;
            string? fatal = null;
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (MaxFieldSizeException)
            {
                // The parser cannot resynchronise after this; report it and stop rather than guess.
                fatal = $"a field is longer than the maximum of {EventLimits.MaxLineLength} characters; the rest of the file cannot be read";
                more = false;
            }

            if (fatal is not null)
            {
                yield return EventReadResult.Rejected(previousEnd + 1, EventFields.Line, fatal);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            var end = parser.RawRow;
            var line = StartLine(parser, end);
            previousEnd = end;
            if (badField is not null)
            {
                yield return EventReadResult.Rejected(line, EventFields.Line, "malformed CSV quoting (RFC 4180: a field containing a quote must be quoted, and a quote inside a quoted field doubled)");
                continue;
            }

            if (parser.Count != headerLength)
            {
                yield return EventReadResult.Rejected(line, EventFields.Line, $"record has {parser.Count} fields; the header has {headerLength}");
                continue;
            }

            scratch.Clear();
            scratch.Type = Cell(parser, columns[0]);
            scratch.Account = Cell(parser, columns[1]);
            scratch.At = Cell(parser, columns[2]);
            scratch.Value = Cell(parser, columns[3]);
            scratch.Id = Cell(parser, columns[4]);
            scratch.EmailDomain = Cell(parser, columns[5]);
            scratch.Country = Cell(parser, columns[6]);
            scratch.Org = Cell(parser, columns[7]);
            yield return EventValidator.Validate(scratch, line);
        }
    }

    /// <summary>Column index per <see cref="EventFields.All"/> entry (-1 when absent).</summary>
    private static bool TryMapHeader(CsvParser parser, out int[] columns, out string problem)
    {
        columns = [-1, -1, -1, -1, -1, -1, -1, -1];
        problem = string.Empty;
        for (var i = 0; i < parser.Count; i++)
        {
            var name = parser[i].Trim();
            var field = EventFields.All.ToList().IndexOf(name);
            if (field < 0)
            {
                continue;
            }

            if (columns[field] >= 0)
            {
                problem = $"column '{name}' appears more than once";
                return false;
            }

            columns[field] = i;
        }

        foreach (var required in RequiredColumns)
        {
            if (columns[EventFields.All.ToList().IndexOf(required)] < 0)
            {
                problem = $"missing column '{required}'; expected the header {string.Join(',', EventFields.All)}";
                return false;
            }
        }

        return true;
    }

    private static string? Cell(CsvParser parser, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var text = parser[column];
        return text.Length == 0 ? null : text;
    }

    /// <summary>The physical line a record starts on: its end line less the line breaks inside quoted fields.</summary>
    private static long StartLine(CsvParser parser, long endLine)
    {
        var breaks = 0;
        for (var i = 0; i < parser.Count; i++)
        {
            breaks += parser[i].AsSpan().Count('\n');
        }

        return endLine - breaks;
    }
}
