using System.CommandLine;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph import --db FILE [--skip-invalid] INPUT...</c>: validates and stores event files (docs/contract.md §1),
/// each file in one transaction. Exit 0 when every line was accepted; 1 when any line was rejected (each bad
/// line is named on stderr; without --skip-invalid its file stored nothing); 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = new Option<string>("--db") { Description = "SQLite database file (created if missing).", Required = true };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Store the valid lines of a file and report the bad ones, instead of rejecting the whole file." };
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Event files: .ndjson/.jsonl or .csv by extension; '-' reads NDJSON from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Validate and store events; each file is imported whole or not at all.");
        command.Options.Add(db);
        command.Options.Add(skipInvalid);
        command.Arguments.Add(inputs);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            context, parseResult.GetValue(db)!, parseResult.GetValue(inputs)!, parseResult.GetValue(skipInvalid), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string db, string[] inputs, bool skipInvalid, CancellationToken cancellationToken)
    {
        var totals = EventFileImport.ImportAll(context, new SqliteConnectionFactory(db), inputs, skipInvalid, cancellationToken);
        return totals.RejectedLines > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
