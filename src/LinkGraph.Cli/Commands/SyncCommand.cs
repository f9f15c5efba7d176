using System.CommandLine;
using System.Globalization;
using LinkGraph.Neo4j;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph sync neo4j --db FILE [--run ID] [--uri URI] [--database NAME] [--user U] [--password P | --token T] [--force] [--batch-size N]</c>:
/// writes a succeeded run (default: the latest) into Neo4j over the HTTP Query API. Connection settings not given
/// as options come from LINKGRAPH_NEO4J_URI, _DATABASE, _USER, _PASSWORD and _TOKEN, so secrets stay off the
/// command line. Prints a <c>key: value</c> summary to stdout.
/// </summary>
public static class SyncCommand
{
    public const string UriVariable = "LINKGRAPH_NEO4J_URI";
    public const string DatabaseVariable = "LINKGRAPH_NEO4J_DATABASE";
    public const string UserVariable = "LINKGRAPH_NEO4J_USER";
    public const string PasswordVariable = "LINKGRAPH_NEO4J_PASSWORD";
    public const string TokenVariable = "LINKGRAPH_NEO4J_TOKEN";

    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = "The LinkGraph SQLite file holding the run.", Required = true };
        var run = new Option<string?>("--run") { Description = "Run id to sync; default: the latest succeeded run." };
        var uri = new Option<string?>("--uri") { Description = $"Neo4j HTTP address, e.g. http://localhost:7474 (or {UriVariable})." };
        var database = new Option<string?>("--database") { Description = $"Neo4j database; default neo4j (or {DatabaseVariable})." };
        var user = new Option<string?>("--user") { Description = $"User for basic auth; default neo4j (or {UserVariable})." };
        var password = new Option<string?>("--password") { Description = $"Password for basic auth; prefer {PasswordVariable}." };
        var token = new Option<string?>("--token") { Description = $"Bearer token instead of a password; prefer {TokenVariable}." };
        var force = new Option<bool>("--force") { Description = "Write the run even if Neo4j already holds it as the current run." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per request.", DefaultValueFactory = _ => 1000 };

        var neo4j = new Command("neo4j", "Writes a finished run's accounts, identifiers, rings and strongest links into Neo4j (idempotent).");
        foreach (var option in (Option[])[db, run, uri, database, user, password, token, force, batchSize])
        {
            neo4j.Options.Add(option);
        }

        neo4j.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new Neo4jOptions
            {
                Uri = ParseUri(parseResult.GetValue(uri) ?? Environment.GetEnvironmentVariable(UriVariable)),
                Database = parseResult.GetValue(database) ?? Environment.GetEnvironmentVariable(DatabaseVariable) ?? "neo4j",
                User = parseResult.GetValue(user) ?? Environment.GetEnvironmentVariable(UserVariable) ?? "neo4j",
                Password = parseResult.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable),
                BearerToken = parseResult.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable),
                BatchSize = parseResult.GetValue(batchSize),
            };
            var failures = Neo4jOptionsValidator.Validate(options);
            if (failures.Count > 0)
            {
                throw new UsageException(string.Join(" ", failures));
            }

            var factory = ExportCommand.OpenExisting(parseResult.GetValue(db)!);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var sync = new Neo4jGraphSync(new Neo4jQueryClient(http, options, context.Time), new SqliteDetectionSource(factory), new SqliteRunStore(factory));
            var result = await sync.SyncAsync(parseResult.GetValue(run), parseResult.GetValue(force), cancellationToken);

            var output = context.Out;
            await output.WriteLineAsync($"run: {result.RunId}");
            await output.WriteLineAsync($"skipped: {(result.Skipped ? "true" : "false")}");
            await output.WriteLineAsync(FormattableString.Invariant($"transactions: {result.Transactions}"));
            await output.WriteLineAsync(FormattableString.Invariant($"batches: {result.Batches}"));
            await output.WriteLineAsync(FormattableString.Invariant($"retries: {result.Retries}"));
            foreach (var (file, rows) in result.RowsByFile.Where(p => p.Value > 0))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rows {file}: {rows}"));
            }

            if (result.Skipped)
            {
                await context.Error.WriteLineAsync($"Neo4j already holds run {result.RunId} as current; use --force to write it again.");
            }

            return ExitCodes.Success;
        });

        var command = new Command("sync", "Writes detection results into another system.");
        command.Subcommands.Add(neo4j);
        return command;
    }

    private static Uri? ParseUri(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var value)
            ? value
            : throw new UsageException($"--uri '{text}' is not an absolute address such as http://localhost:7474.");
    }
}
