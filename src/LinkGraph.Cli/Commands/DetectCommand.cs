using System.CommandLine;
using System.Globalization;
using System.Runtime;
using Microsoft.Data.Sqlite;
using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph detect --input FILE... --output rings.json</c> (docs/contract.md §3): imports the inputs into an embedded
/// store (a temporary SQLite file, or <c>--db</c> to keep it), runs detection once and writes the rings document
/// of docs/contract.md §2. Nothing is written to <c>--output</c> when an input is rejected (exit 1).
/// </summary>
public static class DetectCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new Option<string[]>("--input", "-i")
        {
            Description = "Event files (.ndjson/.jsonl or .csv by extension; '-' = NDJSON on standard input).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the rings JSON ('-' = standard output).", Required = true };
        var db = new Option<string?>("--db") { Description = "Keep the store in this SQLite file (events accumulate across calls); default: a temporary file." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Report bad lines and detect on the rest, instead of rejecting the input." };
        var options = DetectionCliOptions.Create();
        var command = new Command("detect", "Import event files and detect rings: the whole pipeline on an embedded store.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(db);
        command.Options.Add(skipInvalid);
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(input)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(db),
            parseResult.GetValue(skipInvalid),
            options.Read(parseResult),
            cancellationToken));
        return command;
    }

    /// <summary>The whole of <c>detect</c> after parsing; <c>quality</c> runs exactly this per seed.</summary>
    internal static async Task<int> RunAsync(CliContext context, string[] inputs, string output, string? db, bool skipInvalid, DetectionOptions options, CancellationToken cancellationToken)
    {
        using var store = db is null ? TemporaryStore.Create() : TemporaryStore.Keep(db);
        var factory = new SqliteConnectionFactory(store.Path);
        var import = EventFileImport.ImportAll(context, factory, inputs, skipInvalid, cancellationToken);
        if (import.RejectedInputs > 0 && !skipInvalid)
        {
            context.Error.WriteLine("error: input rejected; no rings were written");
            return ExitCodes.InputRejected;
        }

        ReleaseImportMemory();

        await RingsOutput.RunAndWriteAsync(context, factory, options, output, cancellationToken);
        return import.RejectedLines > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }

    /// <summary>
    /// The import's write buffers, id caches and the pooled writer's page cache are garbage once it has committed;
    /// hand them back before detection builds its own arrays, so the two peaks do not add up.
    /// </summary>
    private static void ReleaseImportMemory()
    {
        SqliteConnection.ClearAllPools();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
