using System.CommandLine;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph demo</c>: the whole job on the embedded default in one call — generate a synthetic scenario with
/// ground truth, detect rings on it (keeping the SQLite store for <c>rings</c> and the API), print the top rings,
/// and score them against the truth. Each step is the public command of the same name, run in turn.
/// </summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = new Option<string>("--scenario") { Description = "Scenario to generate (see 'generate'); by default a randomised world of the validation family.", DefaultValueFactory = _ => "world-small" };
        var seed = new Option<ulong>("--seed") { Description = "Generator seed (1000 and up: validation family, never used to fit the score).", DefaultValueFactory = _ => 1001UL };
        var output = new Option<string>("--out") { Description = "Working directory for events, truth, store and rings.", DefaultValueFactory = _ => "linkgraph-demo" };
        var command = new Command("demo", "Generate a sample, detect rings on the embedded store, print the top rings and their precision/recall.");
        command.Options.Add(scenario);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(output)!;
            var events = Path.Combine(directory, GenerateCommand.EventsFile);
            var truth = Path.Combine(directory, GenerateCommand.TruthFile);
            var rings = Path.Combine(directory, "rings.json");
            var store = Path.Combine(directory, "linkgraph.db");
            TemporaryStore.DeleteFiles(store);

            string[][] steps =
            [
                ["generate", "--scenario", parseResult.GetValue(scenario)!, "--seed", parseResult.GetValue(seed).ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", directory],
                ["detect", "--input", events, "--output", rings, "--db", store],
                ["evaluate", "--rings", rings, "--truth", truth],
            ];
            foreach (var step in steps)
            {
                await context.Error.WriteLineAsync($"$ linkgraph {string.Join(' ', step)}");
                var exit = await CliApp.BuildRoot(context).Parse(step).InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
                if (exit != ExitCodes.Success)
                {
                    return exit;
                }
            }

            await context.Error.WriteLineAsync($"store kept at {store}: try 'linkgraph rings list --db {store}'");
            return ExitCodes.Success;
        });
        return command;
    }
}
