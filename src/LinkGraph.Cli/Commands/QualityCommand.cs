using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LinkGraph.Core.Options;
using LinkGraph.Synthetic.Evaluation;
using LinkGraph.Synthetic.World;
using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph quality --family tuning|validation --scenario world-small --seeds N [--first-seed S] [--out DIR] [--json]</c>:
/// for each seed of the family, generates a randomised world, runs exactly what <c>detect</c> runs on it, scores
/// the rings against the truth, and prints one line per seed and a total (summed over accounts). Seeds outside
/// the family are refused, so figures reported for validation seeds cannot come from tuning seeds by mistake.
/// </summary>
public static class QualityCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var family = new Option<string>("--family") { Description = "Seed family: tuning (seeds 1-999) or validation (1000 and up).", Required = true };
        family.AcceptOnlyFromAmong([.. SeedFamily.All.Select(f => f.Name)]);
        var scenario = new Option<string>("--scenario") { Description = "World size: world-small, world-medium or world-large.", DefaultValueFactory = _ => WorldScenario.Small.Name };
        scenario.AcceptOnlyFromAmong([.. WorldScenario.Names]);
        var seeds = new Option<int>("--seeds") { Description = "How many consecutive seeds to run.", DefaultValueFactory = _ => 3 };
        var firstSeed = new Option<ulong?>("--first-seed") { Description = "First seed (default: the family's first)." };
        var output = new Option<string?>("--out") { Description = "Keep each seed's events, truth and rings under DIR/seed-N (default: a temporary directory, removed)." };
        var grammar = new Option<string?>("--grammar") { Description = "Prompt grammar for every seed (default: each seed's own)." };
        var json = new Option<bool>("--json") { Description = "Write the results as JSON instead of lines." };
        var detection = DetectionCliOptions.Create();
        var command = new Command("quality", "Detection quality over seeds of randomised worlds: precision, recall per kind, false positives per category.");
        command.Options.Add(family);
        command.Options.Add(scenario);
        command.Options.Add(seeds);
        command.Options.Add(firstSeed);
        command.Options.Add(output);
        command.Options.Add(grammar);
        command.Options.Add(json);
        detection.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var seedFamily = SeedFamily.ByName(parseResult.GetValue(family)!);
            var count = parseResult.GetValue(seeds);
            var first = parseResult.GetValue(firstSeed) ?? seedFamily.First;
            if (count < 1)
            {
                throw new UsageException($"--seeds must be at least 1, got {count}");
            }

            var last = first + (ulong)count - 1;
            if (!seedFamily.Contains(first) || !seedFamily.Contains(last) || last < first)
            {
                throw new UsageException($"seeds {first}-{last} are not all in the {seedFamily.Name} family ({seedFamily.First}-{(seedFamily.Last == ulong.MaxValue ? "" : seedFamily.Last.ToString(CultureInfo.InvariantCulture))})");
            }

            var grammarName = parseResult.GetValue(grammar);
            if (grammarName is not null && !PromptGrammars.Names.Contains(grammarName))
            {
                throw new UsageException($"prompt grammar '{grammarName}' is not available in this build; available: {string.Join(", ", PromptGrammars.Names)}");
            }

            var run = new Run(context, WorldScenario.Find(parseResult.GetValue(scenario)!)!, seedFamily, first, count, grammarName,
                parseResult.GetValue(output), parseResult.GetValue(json), detection.Read(parseResult));
            return Task.FromResult(run.Execute(cancellationToken));
        });
        return command;
    }

    private sealed record Run(CliContext Context, WorldScenario Scenario, SeedFamily Family, ulong First, int Count, string? Grammar, string? Output, bool Json, DetectionOptions Detection)
    {
        public int Execute(CancellationToken cancellationToken)
        {
            var root = Output ?? Directory.CreateTempSubdirectory("linkgraph-quality-").FullName;
            try
            {
                var results = new List<QualitySeed>();
                for (var seed = First; seed < First + (ulong)Count; seed++)
                {
                    var result = RunSeed(seed, Path.Combine(root, "seed-" + seed.ToString(CultureInfo.InvariantCulture)), cancellationToken);
                    if (result is null)
                    {
                        return ExitCodes.Failure;
                    }

                    results.Add(result);
                    if (!Json)
                    {
                        Context.Out.WriteLine(QualityReportWriter.SeedLine(result));
                        Context.Out.Flush();
                    }
                }

                var totals = QualityTotals.Sum([.. results.Select(r => r.Report)]);
                if (Json)
                {
                    QualityReportWriter.WriteJson(Family.Name, Scenario.Name, results, totals, Context.Out);
                }
                else
                {
                    Context.Out.WriteLine(QualityReportWriter.TotalLine(totals));
                }

                return ExitCodes.Success;
            }
            finally
            {
                if (Output is null)
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        private QualitySeed? RunSeed(ulong seed, string directory, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(directory);
            var events = Path.Combine(directory, GenerateCommand.EventsFile);
            var truth = Path.Combine(directory, GenerateCommand.TruthFile);
            var rings = Path.Combine(directory, "rings.json");
            var stopwatch = Stopwatch.StartNew();
            var options = new WorldOptions(Scenario, seed, Grammar);
            Context.Error.WriteLine($"quality: seed {seed}: generating {Scenario.Name} (grammar {options.GrammarName})");
            Synthetic.GenerationSummary summary;
            using (var eventWriter = new StreamWriter(events, false, new UTF8Encoding(false), 1 << 16))
            using (var truthWriter = new StreamWriter(truth, false, new UTF8Encoding(false), 1 << 16))
            {
                summary = WorldGenerator.Generate(options, eventWriter, truthWriter, null, cancellationToken);
            }

            Context.Error.WriteLine($"quality: seed {seed}: detecting on {summary.Events} events");
            // detect's own messages (import counts, ring table) would drown the per-seed lines.
            var quiet = Context with { Out = TextWriter.Null, Error = TextWriter.Null };
            var exit = DetectCommand.RunAsync(quiet, [events], rings, null, false, Detection, cancellationToken).GetAwaiter().GetResult();
            if (exit != ExitCodes.Success)
            {
                Context.Error.WriteLine($"error: detect failed on seed {seed} (exit {exit}); its input is {events}");
                return null;
            }

            EvaluationReport report;
            using (var truthStream = File.OpenRead(truth))
            using (var ringsStream = File.OpenRead(rings))
            {
                report = RingEvaluator.Evaluate(RingsReader.Read(ringsStream, rings), GroundTruthReader.Read(truthStream, truth));
            }

            return new QualitySeed(seed, options.GrammarName, summary.Accounts, summary.Events, stopwatch.Elapsed.TotalSeconds, report);
        }
    }
}
