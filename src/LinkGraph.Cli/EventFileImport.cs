using System.Globalization;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;
using LinkGraph.Storage.Sqlite;
using Spectre.Console;

namespace LinkGraph.Cli;

/// <summary>
/// Imports event files named on the command line into a SQLite store, each file in its own transaction, with
/// progress and every rejected line on stderr. Shared by <c>import</c> and <c>detect</c>.
/// </summary>
public static class EventFileImport
{
    // Lines between two plain progress lines when stderr is not a terminal.
    private const long PlainProgressEvery = 1_000_000;

    // A file import is one short-lived process: caching every account and identifier of a 20M-event file (1M
    // accounts, 5M identifiers, about 0.6 GB) spares a table lookup per cache miss, which once the store's own
    // default cap is passed cost more than the inserts themselves.
    private const int ImportCachedIds = 8_000_000;

    public static ImportTotals ImportAll(CliContext context, SqliteConnectionFactory factory, string[] inputs, bool skipInvalid, CancellationToken cancellationToken)
    {
        var sources = inputs.Select(InputSource.Parse).ToList();
        if (sources.Count(s => s.IsStandardInput) > 1)
        {
            throw new UsageException("standard input ('-') can be named only once");
        }

        // One writer for every input: a later file finds the accounts and identifiers of earlier ones cached. The
        // command is the store's only user while it imports, so a first import may skip the WAL.
        using var store = new SqliteEventStore(factory) { KeepWriterWarm = true, MaxCachedIds = ImportCachedIds, BulkLoadWithRollbackJournal = true };
        var options = new ImportOptions(SkipInvalid: skipInvalid);
        var interactive = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        var started = context.Time.GetTimestamp();
        long stored = 0, duplicates = 0, rejected = 0;
        var rejectedInputs = 0;
        foreach (var source in sources)
        {
            using var stream = source.IsStandardInput ? context.OpenStandardInput() : source.Open();
            var results = source.Format == InputFormat.Csv
                ? CsvEventReader.Read(stream, cancellationToken)
                : NdjsonEventReader.Read(stream, cancellationToken);
            var importer = new EventImporter(new EventNormalizer(PromptSketcher.Sketch));
            try
            {
                using var session = store.BeginImport();
                var result = interactive
                    ? WithLiveProgress(source, stream, progress => importer.Import(results, session, source.Name, options, progress, cancellationToken))
                    : importer.Import(results, session, source.Name, options, PlainProgress(context, source), cancellationToken);
                stored += result.Stored;
                duplicates += result.Duplicates;
                rejected += result.Rejected;
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Name}: {result.Read} lines, {result.Stored} stored, {result.Duplicates} duplicates, {result.Rejected} rejected"));
                WriteRejections(context, source, result.Rejections, result.Rejected, "skipped");
            }
            catch (InvalidInputException ex)
            {
                context.Error.WriteLine($"error: {ex.Message}");
                rejected += ex.Rejections.Count;
                rejectedInputs++;
                WriteRejections(context, source, ex.Rejections, ex.Rejections.Count, "rejected");
            }
        }

        var seconds = context.Time.GetElapsedTime(started).TotalSeconds;
        var rate = seconds > 0 ? (stored + duplicates) / seconds : 0;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {stored} new events ({duplicates} duplicates, {rejected} lines rejected) from {sources.Count} input(s) in {seconds:F1} s ({rate:F0} events/s)"));
        return new ImportTotals(stored, duplicates, rejected, rejectedInputs);
    }

    private static void WriteRejections(CliContext context, InputSource source, IReadOnlyList<EventRejection> rejections, long total, string verb)
    {
        foreach (var rejection in rejections)
        {
            context.Error.WriteLine($"  {source.Name}:{rejection.Line}: {rejection.Field}: {rejection.Reason}");
        }

        if (total > rejections.Count)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {total - rejections.Count} more lines {verb}"));
        }
    }

    private static Action<long> PlainProgress(CliContext context, InputSource source)
    {
        var next = PlainProgressEvery;
        return lines =>
        {
            if (lines >= next)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source.Name}: {lines} lines read"));
                next = ((lines / PlainProgressEvery) + 1) * PlainProgressEvery;
            }
        };
    }

    /// <summary>A Spectre.Console progress bar on stderr, by bytes read when the input's size is known.</summary>
    private static ImportResult WithLiveProgress(InputSource source, Stream stream, Func<Action<long>, ImportResult> import)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var length = stream.CanSeek ? stream.Length : 0;
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(source.Name), maxValue: Math.Max(length, 1));
                task.IsIndeterminate = length == 0;
                return import(lines =>
                {
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{source.Name} ({lines:N0} lines)"));
                    if (length > 0)
                    {
                        task.Value = Math.Min(stream.Position, length);
                    }
                });
            });
    }

    /// <summary>One input named on the command line: a file or standard input, and its format by extension.</summary>
    private sealed record InputSource(string Name, string? Path, InputFormat Format)
    {
        public bool IsStandardInput => Path is null;

        /// <summary>'-' is standard input (NDJSON); files need .ndjson, .jsonl or .csv and must exist.</summary>
        public static InputSource Parse(string argument)
        {
            ArgumentNullException.ThrowIfNull(argument);
            if (argument == "-")
            {
                return new InputSource("stdin", null, InputFormat.Ndjson);
            }

            var format = System.IO.Path.GetExtension(argument).ToLowerInvariant() switch
            {
                ".ndjson" or ".jsonl" => InputFormat.Ndjson,
                ".csv" => InputFormat.Csv,
                _ => throw new UsageException($"input '{argument}': unknown format; name it .ndjson, .jsonl or .csv (or '-' for NDJSON on standard input)"),
            };
            if (!File.Exists(argument))
            {
                throw new UsageException($"input '{argument}' does not exist");
            }

            return new InputSource(argument, argument, format);
        }

        public FileStream Open() => new(
            Path ?? throw new InvalidOperationException("Standard input has no path."),
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            bufferSize: 1 << 16,
            FileOptions.SequentialScan);
    }

    /// <summary>The formats of docs/contract.md §1.</summary>
    private enum InputFormat
    {
        Ndjson,
        Csv,
    }
}
