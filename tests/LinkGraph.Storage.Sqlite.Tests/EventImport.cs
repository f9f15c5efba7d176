using System.Text;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>Imports NDJSON text into a store the way the CLI does: reader, normaliser, importer, one session.</summary>
internal static class EventImport
{
    public static ImportResult Ndjson(SqliteEventStore store, string text, bool skipInvalid = false, Func<string, byte[]?>? sketcher = null)
    {
        using var session = store.BeginImport();
        return new EventImporter(new EventNormalizer(sketcher)).Import(
            NdjsonEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken),
            session,
            "test.ndjson",
            new ImportOptions(SkipInvalid: skipInvalid),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public static string Line(string type, string account, string at, string? value = null, string? id = null, string? extra = null)
    {
        var sb = new StringBuilder($$"""{"type":"{{type}}","account":"{{account}}","at":"{{at}}" """.TrimEnd());
        if (value is not null)
        {
            sb.Append($$""","value":"{{value}}" """.TrimEnd());
        }

        if (id is not null)
        {
            sb.Append($$""","id":"{{id}}" """.TrimEnd());
        }

        if (extra is not null)
        {
            sb.Append(',').Append(extra);
        }

        return sb.Append("}\n").ToString();
    }
}
