using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LinkGraph.Synthetic;
using LinkGraph.Synthetic.World;
using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph generate --scenario NAME --seed N --out DIR [--grammar a|b]</c>: writes <c>DIR/events.ndjson</c> and
/// <c>DIR/truth.json</c>. The <c>world-*</c> scenarios are the randomised worlds (<see cref="WorldGenerator"/>);
/// the others are the fixed scenarios of <see cref="ScenarioCatalog"/>. Both are written to temporary names and renamed at the end, so an interrupted run
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
            Description = "Scenario: small (~10k accounts), medium (~100k), large (~1M accounts / ~20M events), stealth, noisy; "
                + "or a randomised world: world-small (~10k), world-medium (~100k), world-large (~1M / ~20M events).",
            DefaultValueFactory = _ => "small",
        };
        scenario.AcceptOnlyFromAmong([.. ScenarioCatalog.Names, .. WorldScenario.Names]);
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => 1UL };
        var output = new Option<string>("--out") { Description = "Output directory (created if missing).", Required = true };
        var grammar = new Option<string?>("--grammar")
        {
            Description = "Prompt grammar of a world-* scenario (default: a for even seeds, b for odd seeds when available). Seeds 1-999 are the tuning family, 1000 and up the validation family.",
        };
        var command = new Command("generate", "Generate synthetic events with ground truth (events.ndjson + truth.json).");
        command.Options.Add(scenario);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(grammar);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(scenario)!;
            var grammarName = parseResult.GetValue(grammar);
            Func<TextWriter, TextWriter, IProgress<GenerationProgress>, CancellationToken, GenerationSummary> generate;
            if (WorldScenario.Find(name) is { } world)
            {
                if (grammarName is not null && !PromptGrammars.Names.Contains(grammarName))
                {
                    throw new UsageException($"prompt grammar '{grammarName}' is not available in this build; available: {string.Join(", ", PromptGrammars.Names)}");
                }

                var worldOptions = new WorldOptions(world, parseResult.GetValue(seed), grammarName);
                generate = (events, truth, progress, token) => WorldGenerator.Generate(worldOptions, events, truth, progress, token);
            }
            else
            {
                if (grammarName is not null)
                {
                    throw new UsageException($"--grammar applies to the world-* scenarios only, not to '{name}'");
                }

                var options = new SyntheticOptions(ScenarioCatalog.Get(name), parseResult.GetValue(seed));
                generate = (events, truth, progress, token) => SyntheticGenerator.Generate(options, events, truth, progress, token);
            }

            try
            {
                return await RunAsync(context, generate, parseResult.GetValue(output)!, cancellationToken);
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

    private static async Task<int> RunAsync(CliContext context, Func<TextWriter, TextWriter, IProgress<GenerationProgress>, CancellationToken, GenerationSummary> generate, string directory, CancellationToken cancellationToken)
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
                summary = await Task.Run(() => generate(events, truth, progress, cancellationToken), cancellationToken);
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
