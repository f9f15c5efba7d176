using System.CommandLine;
using LinkGraph.Core.Errors;
using LinkGraph.Synthetic.Evaluation;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph evaluate --rings rings.json --truth truth.json [--json]</c>: account-level precision, recall and
/// F1 of the flagged rings, false positives by legit category, recall per campaign and kind, ring purity.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var rings = new Option<string>("--rings") { Description = "Rings file (CONTRACT §2 JSON), e.g. from 'linkgraph detect'.", Required = true };
        var truth = new Option<string>("--truth") { Description = "Ground truth from 'linkgraph generate' (truth.json).", Required = true };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON instead of a table." };
        var command = new Command("evaluate", "Score a rings file against ground truth: precision / recall / F1 and more.");
        command.Options.Add(rings);
        command.Options.Add(truth);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            EvaluationReport report;
            try
            {
                var truthData = Load(parseResult.GetValue(truth)!, "truth file", GroundTruthReader.Read);
                var ringData = Load(parseResult.GetValue(rings)!, "rings file", RingsReader.Read);
                report = RingEvaluator.Evaluate(ringData, truthData);
            }
            catch (LinkGraphException ex) when (ex.Code == "invalid_input")
            {
                // Handled here: System.CommandLine's default handler would print a stack trace instead.
                await context.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.InputRejected;
            }

            if (parseResult.GetValue(json))
            {
                EvaluationReportWriter.WriteJson(report, context.Out);
            }
            else
            {
                EvaluationReportWriter.WriteText(report, context.Out);
            }

            await context.Out.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static T Load<T>(string path, string what, Func<Stream, string, T> read)
    {
        if (!File.Exists(path))
        {
            throw new LinkGraphException("invalid_input", $"{what} '{path}' does not exist");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return read(stream, $"{what} '{path}'");
    }
}
