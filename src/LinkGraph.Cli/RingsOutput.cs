using System.Globalization;
using LinkGraph.Core.Options;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli;

/// <summary>One detection run over a store, its rings document written to a file or stdout and the top rings to stderr.</summary>
public static class RingsOutput
{
    /// <param name="output">The rings JSON file, <c>-</c> for standard output, or null to write no document.</param>
    public static async Task<RingsDocument> RunAndWriteAsync(
        CliContext context, SqliteConnectionFactory factory, DetectionOptions options, string? output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A file is written beside the target while the run is published and moved into place once it is, so a
        // reader never sees half a document and a failed run leaves the target as it was.
        var staged = output is null or "-" ? null : Path.GetFullPath(output) + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        RingsDocument document;
        try
        {
            document = await DetectionRun.ExecuteAsync(context, factory, options, "cli", staged is null ? null : d => WriteFile(staged, d), cancellationToken);
        }
        catch
        {
            if (staged is not null)
            {
                File.Delete(staged);
            }

            throw;
        }

        if (output == "-")
        {
            await context.Out.WriteLineAsync(RingsJson.Serialize(document));
        }
        else if (output is not null)
        {
            File.Move(staged!, Path.GetFullPath(output), overwrite: true);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {document.Rings.Count} rings ({document.Rings.Count(r => r.Flagged)} flagged) to {output}"));
        }

        RingTable.Write(context.Error, document, top: 10);
        return document;
    }

    private static void WriteFile(string path, RingsDocument document)
    {
        using var stream = File.Create(path);
        RingsJson.Write(stream, document);
    }
}
