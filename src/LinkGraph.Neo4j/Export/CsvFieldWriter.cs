using System.Globalization;
using System.Text;

namespace LinkGraph.Neo4j.Export;

/// <summary>
/// Writes CSV records the way <c>neo4j-admin database import</c> reads them by default: ',' between fields,
/// '"' quoting with doubled quotes inside (RFC 4180), ';' between array elements. Line breaks inside a value
/// become spaces so the import needs no --multiline-fields; an array element's ';' becomes ','.
/// </summary>
internal sealed class CsvFieldWriter(TextWriter writer)
{
    public const char ArrayDelimiter = ';';

    private readonly StringBuilder _line = new();
    private bool _fieldStarted;

    public long Records { get; private set; }

    public CsvFieldWriter Text(string? value)
    {
        Separator();
        if (value is null)
        {
            return this;
        }

        var clean = value.Replace('\r', ' ').Replace('\n', ' ');
        if (clean.AsSpan().IndexOfAny(",\";") >= 0 || clean.Length == 0 || clean[0] == ' ' || clean[^1] == ' ')
        {
            _line.Append('"').Append(clean.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _line.Append(clean);
        }

        return this;
    }

    public CsvFieldWriter Number(double value) => Raw(value.ToString("R", CultureInfo.InvariantCulture));

    public CsvFieldWriter Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public CsvFieldWriter Boolean(bool value) => Raw(value ? "true" : "false");

    public CsvFieldWriter Array(IReadOnlyList<string> values) =>
        Text(values.Count == 0 ? null : string.Join(ArrayDelimiter, values.Select(v => v.Replace(ArrayDelimiter, ','))));

    public void EndRecord()
    {
        writer.Write(_line.Append('\n'));
        _line.Clear();
        _fieldStarted = false;
        Records++;
    }

    /// <summary>The header line, written as is; not counted as a record.</summary>
    public void Header(string header)
    {
        writer.Write(header);
        writer.Write('\n');
    }

    private CsvFieldWriter Raw(string text)
    {
        Separator();
        _line.Append(text);
        return this;
    }

    private void Separator()
    {
        if (_fieldStarted)
        {
            _line.Append(',');
        }

        _fieldStarted = true;
    }
}
