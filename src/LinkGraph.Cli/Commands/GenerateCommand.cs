using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LinkGraph.Synthetic;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph generate --scenario NAME --seed N --out DIR</c>: writes <c>DIR/events.ndjson</c> and
/// <c>DIR/truth.json</c>. Both are written to temporary names and renamed at the end, so an interrupted run
/// never leaves a half-written pair behind.
/// </summary>
public static class GenerateCommand
{
    public const string EventsFile = "events.ndjson";
    public const string TruthFile = "truth.json";

    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario")
        {
            Description = "Scenario: small (~10k accounts), medium (~100k), large (~1M accounts / ~20M events), stealth, noisy.",
            DefaultValueFactory = _ => "small",
        };
        scenario.AcceptOnlyFromAmong([.. ScenarioCatalog.Names]);
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => 1UL };
        var output = new Option<string>("--out") { Description = "Output directory (created if missing).", Required = true };
        var command = new Command("generate", "Generate synthetic events with ground truth (events.ndjson + truth.json).");
        command.Options.Add(scenario);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new SyntheticOptions(ScenarioCatalog.Get(parseResult.GetValue(scenario)!), parseResult.GetValue(seed));
            try
            {
                return await RunAsync(context, options, parseResult.GetValue(output)!, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Handled here: System.CommandLine's default handler would print a stack trace instead.
                await context.Error.WriteLineAsync($"error: cannot write the scenario: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, SyntheticOptions options, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var eventsPath = Path.Combine(directory, EventsFile);
        var truthPath = Path.Combine(directory, TruthFile);
        var eventsTemp = eventsPath + ".partial";
        var truthTemp = truthPath + ".partial";
        var stopwatch = Stopwatch.StartNew();
        GenerationSummary summary;
        try
        {
            using (var events = OpenWriter(eventsTemp))
            using (var truth = OpenWriter(truthTemp))
            {
                var progress = new StderrProgress(context.Error, stopwatch);
                summary = await Task.Run(() => SyntheticGenerator.Generate(options, events, truth, progress, cancellationToken), cancellationToken);
            }

            File.Move(eventsTemp, eventsPath, overwrite: true);
            File.Move(truthTemp, truthPath, overwrite: true);
        }
        finally
        {
            File.Delete(eventsTemp);
            File.Delete(truthTemp);
        }

        var megabytes = new FileInfo(eventsPath).Length / 1e6;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"scenario {summary.Scenario}, seed {summary.Seed}: {summary.Accounts} accounts, {summary.Events} events, {summary.Campaigns} campaigns"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {eventsPath} ({megabytes:F1} MB) and {truthPath} in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return ExitCodes.Success;
    }

    private static StreamWriter OpenWriter(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16);

    // Reports at most every two seconds, synchronously (Progress<T> would post to the thread pool out of order).
    private sealed class StderrProgress(TextWriter error, Stopwatch stopwatch) : IProgress<GenerationProgress>
    {
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(GenerationProgress value)
        {
            if (stopwatch.Elapsed - _last < TimeSpan.FromSeconds(2))
            {
                return;
            }

            _last = stopwatch.Elapsed;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generate: {100.0 * value.UnitsDone / Math.Max(1, value.UnitsTotal):F0}% ({value.Accounts} accounts, {value.Events} events)"));
        }
    }
}
