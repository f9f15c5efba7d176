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
        var command = new Command("train-score", "Fit the ring score's weights to labelled rings.");
        foreach (var option in new Option[] { rings, truth, output, l2, maxWeight })
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

            var examples = new List<ScoreModelTrainer.Example>();
            for (var i = 0; i < ringFiles.Length; i++)
            {
                examples.AddRange(Examples(ringFiles[i], truthFiles[i], parseResult.GetValue(maxWeight)));
            }

            var positives = examples.Count(e => e.Positive);
            var trainedOn = string.Create(CultureInfo.InvariantCulture, $"{examples.Count} rings ({positives} abusive) from {ringFiles.Length} runs: {string.Join(", ", ringFiles.Select(Path.GetFileName))}");
            var model = ScoreModelTrainer.Fit(ScoreModel.FeatureNames, examples, parseResult.GetValue(l2), trainedOn);
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

    private static List<ScoreModelTrainer.Example> Examples(string ringsPath, string truthPath, int maxWeight)
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

        var examples = new List<ScoreModelTrainer.Example>();
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
            foreach (var account in ring.GetProperty("accounts").EnumerateArray())
            {
                members++;
                fraud += labels.Labels.TryGetValue(account.GetString()!, out var label) && label.IsFraud ? 1 : 0;
            }

            examples.Add(new ScoreModelTrainer.Example(features, 2 * fraud > members, Math.Min(members, maxWeight)));
            index++;
        }

        return examples;
    }
}
