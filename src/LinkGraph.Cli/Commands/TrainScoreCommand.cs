using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LinkGraph.Core.Errors;
using LinkGraph.Synthetic.Evaluation;
using LinkGraph.Core.Rings;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph train-score --rings R1.json --truth T1.json [--rings R2.json --truth T2.json …] --out model.json</c>:
/// estimates the ring score's weights from labelled rings (every ring of each rings file, flagged or not, with
/// its stored features; a ring is positive when most of its members are fraud in the matching truth file).
/// Each ring counts as many times as it has members, up to <c>--max-weight</c>, because rings are judged by
/// the accounts they flag.
/// </summary>
public static class TrainScoreCommand
{
    public static Command Create(CliContext context)
    {
        var rings = new Option<string[]>("--rings") { Description = "Rings files with features (from 'linkgraph detect'), one per truth file.", Required = true, AllowMultipleArgumentsPerToken = true };
        var truth = new Option<string[]>("--truth") { Description = "Truth files, in the order of --rings.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the weights.", DefaultValueFactory = _ => 1.0 };
        var maxWeight = new Option<int>("--max-weight") { Description = "Most a single ring counts, in accounts.", DefaultValueFactory = _ => 500 };
        var without = new Option<string[]>("--without") { Description = "Model features to leave out (for ablation studies).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-score", "Fit the ring score's weights to labelled rings.");
        foreach (var option in new Option[] { rings, truth, output, l2, maxWeight, without })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var ringFiles = parseResult.GetValue(rings)!;
            var truthFiles = parseResult.GetValue(truth)!;
            if (ringFiles.Length != truthFiles.Length)
            {
                throw new UsageException($"--rings names {ringFiles.Length} files and --truth {truthFiles.Length}; give one truth file per rings file.");
            }

            var examples = new List<LabelledRing>();
            for (var i = 0; i < ringFiles.Length; i++)
            {
                examples.AddRange(Examples(ringFiles[i], truthFiles[i], parseResult.GetValue(maxWeight)));
            }

            var positives = examples.Count(e => e.Example.Positive);
            var trainedOn = string.Create(CultureInfo.InvariantCulture, $"{examples.Count} rings ({positives} abusive) from {ringFiles.Length} runs: {string.Join(", ", ringFiles.Select(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f))) + "/" + Path.GetFileName(f)))}");
            // Every fraud kind and honest category weighs the same in the fit, so forty classic rings of six count as
            // much as one hydra of thousands (and households as much as campuses); Platt scaling on the rings as they
            // occur then restores a score that reads as a probability.
            var balanced = examples.Select(e => e.Example with { Weight = e.Example.Weight * Balance(examples, e.Group) }).ToList();
            var natural = examples.Select(e => e.Example).ToList();
            var left = parseResult.GetValue(without) ?? [];
            var unknown = left.Where(f => !ScoreModel.FeatureNames.Contains(f)).ToList();
            if (unknown.Count > 0)
            {
                throw new UsageException($"--without names {string.Join(", ", unknown)}, not a model feature; they are: {string.Join(", ", ScoreModel.FeatureNames)}");
            }

            var features = ScoreModel.FeatureNames.Except(left, StringComparer.Ordinal).ToList();
            var fitted = ScoreModelTrainer.Fit(features, balanced, parseResult.GetValue(l2), trainedOn);
            var model = ScoreModelTrainer.Recalibrate(fitted, natural, trainedOn);
            await using (var stream = File.Create(parseResult.GetValue(output)!))
            {
                model.Write(stream);
            }

            await context.Error.WriteLineAsync($"fitted on {trainedOn}");
            foreach (var (name, weight) in model.Weights)
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {weight,10:0.000}"));
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {"intercept",-22} {model.Intercept,10:0.000}"));
            await context.Error.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A ring's weight factor: the mean group weight over its group's total, so every group sums to the mean.</summary>
    private static double Balance(List<LabelledRing> examples, string group)
    {
        var totals = examples.GroupBy(e => e.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Example.Weight), StringComparer.Ordinal);
        return totals.Values.Average() / totals[group];
    }

    /// <summary>A labelled ring and the fraud kind or honest category most of its members come from.</summary>
    private readonly record struct LabelledRing(ScoreModelTrainer.Example Example, string Group);

    private static List<LabelledRing> Examples(string ringsPath, string truthPath, int maxWeight)
    {
        GroundTruth labels;
        using (var truthStream = File.OpenRead(truthPath))
        {
            labels = GroundTruthReader.Read(truthStream, $"truth file '{truthPath}'");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(ringsPath));
        if (!document.RootElement.TryGetProperty("rings", out var ringArray) || ringArray.ValueKind != JsonValueKind.Array)
        {
            throw new LinkGraphException("invalid_input", $"rings file '{ringsPath}' has no \"rings\" array");
        }

        var examples = new List<LabelledRing>();
        var index = 0;
        foreach (var ring in ringArray.EnumerateArray())
        {
            if (!ring.TryGetProperty("features", out var featureObject) || featureObject.ValueKind != JsonValueKind.Object)
            {
                throw new LinkGraphException("invalid_input", $"rings file '{ringsPath}': rings[{index}] has no \"features\"; train on rings written by this version of 'linkgraph detect'");
            }

            var features = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var f in featureObject.EnumerateObject())
            {
                features[f.Name] = f.Value.GetDouble();
            }

            var members = 0;
            var fraud = 0;
            var origins = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var account in ring.GetProperty("accounts").EnumerateArray())
            {
                members++;
                var known = labels.Labels.TryGetValue(account.GetString()!, out var label);
                fraud += known && label.IsFraud ? 1 : 0;
                var origin = known ? (label.IsFraud ? "fraud:" : "legit:") + label.Category : "unknown";
                origins[origin] = origins.GetValueOrDefault(origin) + 1;
            }

            var group = origins.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).First().Key;
            examples.Add(new LabelledRing(new ScoreModelTrainer.Example(features, 2 * fraud > members, Math.Min(members, maxWeight)), group));
            index++;
        }

        return examples;
    }
}
