using System.CommandLine;
using LinkGraph.Core.Errors;

namespace LinkGraph.Cli;

/// <summary>
/// Builds the <c>linkgraph</c> command tree and runs it with one top-level error mapping: data goes to
/// <c>stdout</c>, messages and progress to <c>stderr</c>, exit codes per <see cref="ExitCodes"/>.
/// </summary>
public static class CliApp
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("LinkGraph: finds coordinated account rings abusing an AI model API.");
        root.Subcommands.Add(Commands.CommunitiesCommand.Create(context));
        root.Subcommands.Add(Commands.ImportCommand.Create(context));
        root.Subcommands.Add(Commands.DetectCommand.Create(context));
        root.Subcommands.Add(Commands.RunCommand.Create(context));
        root.Subcommands.Add(Commands.RingsCommand.Create(context));
        root.Subcommands.Add(Commands.DemoCommand.Create(context));
        root.Subcommands.Add(Commands.BenchCommand.Create(context));
        root.Subcommands.Add(Commands.GenerateCommand.Create(context));
        root.Subcommands.Add(Commands.EvaluateCommand.Create(context));
        root.Subcommands.Add(Commands.TrainScoreCommand.Create(context));
        root.Subcommands.Add(Commands.QualityCommand.Create(context));
        root.Subcommands.Add(Commands.SyncCommand.Create(context));
        root.Subcommands.Add(Commands.ExportCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr);
        var root = BuildRoot(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'linkgraph --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // Exceptions must reach the catches below (exit codes per ExitCodes), not System.CommandLine's handler (exit 1).
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (InvalidInputException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            foreach (var rejection in ex.Rejections)
            {
                await stderr.WriteLineAsync($"  {rejection}");
            }

            return ExitCodes.InputRejected;
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (LinkGraphException ex) when (ex.Code == "invalid_input")
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.InputRejected;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is LinkGraphException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return ex is LinkGraphException { Code: "input_rejected" } ? ExitCodes.InputRejected : ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // A bug, not an input problem: say so plainly, with the type to report, and keep the exit code documented.
            await stderr.WriteLineAsync($"internal error ({ex.GetType().Name}): {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
