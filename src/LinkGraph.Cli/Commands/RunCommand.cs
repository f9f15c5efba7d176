using System.CommandLine;
using LinkGraph.Core.Options;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph run --db FILE [--output rings.json]</c> (docs/contract.md §5): one detection run over what a store
/// already holds, no new input. Recorded in the store like a service run; the rings document of docs/contract.md §2
/// goes to <c>--output</c> when given, the top rings to stderr.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = new Option<string>("--db") { Description = "SQLite store written by 'import'/'detect' or the service.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the rings JSON ('-' = standard output); default: none." };
        var options = DetectionCliOptions.Create();
        var command = new Command("run", "Run detection once over the events a store holds.");
        command.Options.Add(db);
        command.Options.Add(output);
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, parseResult.GetValue(db)!, parseResult.GetValue(output), options.Read(parseResult), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string db, string? output, DetectionOptions options, CancellationToken cancellationToken)
    {
        var factory = ExportCommand.OpenExisting(db);
        await RingsOutput.RunAndWriteAsync(context, factory, options, output, cancellationToken);
        return ExitCodes.Success;
    }
}
