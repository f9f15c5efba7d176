using System.CommandLine;
using System.Globalization;
using LinkGraph.Neo4j.Export;
using LinkGraph.Neo4j.Graph;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph export neo4j-csv --db FILE [--run ID] --out DIR</c>: writes a succeeded run (default: the latest)
/// as node and relationship CSVs for <c>neo4j-admin database import full</c>, then prints rows per file and the
/// import command as <c>key: value</c> lines.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = "The LinkGraph SQLite file holding the run.", Required = true };
        var run = new Option<string?>("--run") { Description = "Run id to export; default: the latest succeeded run." };
        var output = new Option<string>("--out") { Description = "Folder to write the CSV files into (created if missing).", Required = true };

        var csv = new Command("neo4j-csv", "Writes a finished run as CSV files for neo4j-admin database import full.");
        csv.Options.Add(db);
        csv.Options.Add(run);
        csv.Options.Add(output);
        csv.SetAction(async (parseResult, cancellationToken) =>
        {
            var factory = OpenExisting(parseResult.GetValue(db)!);
            var graph = RunGraph.Load(new SqliteDetectionSource(factory), new SqliteRunStore(factory), parseResult.GetValue(run), cancellationToken);
            var result = Neo4jCsvExporter.Export(graph, parseResult.GetValue(output)!, cancellationToken);

            await context.Out.WriteLineAsync($"run: {result.RunId}");
            await context.Out.WriteLineAsync($"directory: {result.Directory}");
            foreach (var (file, rows) in result.RowsByFile)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rows {file}: {rows}"));
            }

            await context.Out.WriteLineAsync($"import: {result.ImportCommand}");
            return ExitCodes.Success;
        });

        var command = new Command("export", "Exports detection results in other formats.");
        command.Subcommands.Add(csv);
        return command;
    }

    /// <summary>Opens a LinkGraph SQLite file that must already exist: syncing or exporting never creates an empty store.</summary>
    internal static SqliteConnectionFactory OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--db '{path}' does not exist; point it at the SQLite file that holds the detection runs.");
        }

        return new SqliteConnectionFactory(path);
    }
}
