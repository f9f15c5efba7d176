using System.Buffers.Text;
using System.CommandLine;
using System.Globalization;
using LinkGraph.Graph.Community;
using LinkGraph.Graph.IO;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph communities --edges FILE --output FILE [--resolution R] [--seed N] [--iterations N]</c> (docs/contract.md §3):
/// Leiden (modularity) on a weighted edge list. Writes <c>node community</c> lines (nodes in order of first
/// appearance, communities numbered by first member) to the output file, replaced atomically; prints a summary
/// to stdout as <c>key: value</c> lines, with load, algorithm and write times measured separately (wall clock; the algorithm's process CPU
/// time too, steadier on a shared machine).
/// </summary>
public static class CommunitiesCommand
{
    public static Command Create(CliContext context)
    {
        var edges = new Option<string>("--edges")
        {
            Description = "Edge list: 'u v [w]' a line, '#' comments, any non-space node tokens; '-' reads stdin.",
            Required = true,
        };
        var output = new Option<string>("--output")
        {
            Description = "Where to write 'node community' lines.",
            Required = true,
        };
        var resolution = new Option<double>("--resolution")
        {
            Description = "Modularity resolution γ (>= 0); higher gives smaller communities.",
            DefaultValueFactory = _ => 1.0,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed gives the same communities.",
            DefaultValueFactory = _ => 0,
        };
        var iterations = new Option<int>("--iterations")
        {
            Description = "Leiden iterations (default 2, igraph's default); negative runs until an iteration changes nothing.",
            DefaultValueFactory = _ => 2,
        };

        var command = new Command("communities", "Finds communities in a weighted edge list with Leiden (modularity).");
        command.Options.Add(edges);
        command.Options.Add(output);
        command.Options.Add(resolution);
        command.Options.Add(seed);
        command.Options.Add(iterations);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new LeidenOptions
            {
                Resolution = parseResult.GetValue(resolution),
                Seed = parseResult.GetValue(seed),
                Iterations = parseResult.GetValue(iterations),
            };
            return await RunAsync(context, parseResult.GetValue(edges)!, parseResult.GetValue(output)!, options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string edgesPath, string outputPath, LeidenOptions options, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(options.Resolution) || options.Resolution < 0)
        {
            await context.Error.WriteLineAsync($"error: --resolution is {options.Resolution.ToString(CultureInfo.InvariantCulture)}; it must be a finite number >= 0.");
            return ExitCodes.Usage;
        }

        var time = context.Time;
        var started = time.GetTimestamp();
        EdgeList edgeList;
        try
        {
            edgeList = ReadEdges(edgesPath, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            await context.Error.WriteLineAsync($"error: edge list '{edgesPath}' does not exist.");
            return ExitCodes.InputRejected;
        }
        catch (DirectoryNotFoundException)
        {
            await context.Error.WriteLineAsync($"error: edge list '{edgesPath}' does not exist.");
            return ExitCodes.InputRejected;
        }
        catch (EdgeListFormatException ex)
        {
            await context.Error.WriteLineAsync($"error: edge list '{edgesPath}' rejected: {ex.BadLineCount} bad line(s).");
            foreach (var error in ex.Errors)
            {
                await context.Error.WriteLineAsync($"  {error}");
            }

            return ExitCodes.InputRejected;
        }

        // Reading leaves the token table's and edge chunks' garbage behind; return it before the algorithm's peak.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var loaded = time.GetTimestamp();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var graph = edgeList.Graph;
        var result = Leiden.Run(graph, options, cancellationToken);
        var clustered = time.GetTimestamp();
        var algorithmCpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var modularity = options.Resolution == 1.0 ? result.Quality : Modularity.Compute(graph, result.Membership);
        WriteMembership(outputPath, edgeList, result.Membership);
        var written = time.GetTimestamp();

        var o = context.Out;
        await o.WriteLineAsync(FormattableString.Invariant($"nodes: {graph.NodeCount}"));
        await o.WriteLineAsync(FormattableString.Invariant($"edges: {graph.EdgeCount}"));
        await o.WriteLineAsync(FormattableString.Invariant($"communities: {result.CommunityCount}"));
        await o.WriteLineAsync(FormattableString.Invariant($"modularity: {modularity:F6}"));
        await o.WriteLineAsync(FormattableString.Invariant($"quality: {result.Quality:F6}"));
        await o.WriteLineAsync(FormattableString.Invariant($"iterations: {result.Iterations}"));
        await o.WriteLineAsync(FormattableString.Invariant($"load_seconds: {time.GetElapsedTime(started, loaded).TotalSeconds:F3}"));
        await o.WriteLineAsync(FormattableString.Invariant($"algorithm_seconds: {time.GetElapsedTime(loaded, clustered).TotalSeconds:F3}"));
        await o.WriteLineAsync(FormattableString.Invariant($"algorithm_cpu_seconds: {algorithmCpu.TotalSeconds:F3}"));
        await o.WriteLineAsync(FormattableString.Invariant($"write_seconds: {time.GetElapsedTime(clustered, written).TotalSeconds:F3}"));
        return ExitCodes.Success;
    }

    private static EdgeList ReadEdges(string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return EdgeListReader.Read(stdin, cancellationToken);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return EdgeListReader.Read(stream, cancellationToken);
    }

    /// <summary>Writes to a temporary file beside the target and renames it, so a failure never leaves half a file.</summary>
    private static void WriteMembership(string path, EdgeList edgeList, int[] membership)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1))
            {
                var buffer = new byte[1 << 16];
                var used = 0;
                for (var v = 0; v < membership.Length; v++)
                {
                    var name = edgeList.NameUtf8(v);
                    if (used + name.Length + 13 > buffer.Length)
                    {
                        stream.Write(buffer, 0, used);
                        used = 0;
                        if (name.Length + 13 > buffer.Length)
                        {
                            buffer = new byte[name.Length + 13];
                        }
                    }

                    name.CopyTo(buffer.AsSpan(used));
                    used += name.Length;
                    buffer[used++] = (byte)' ';
                    Utf8Formatter.TryFormat(membership[v], buffer.AsSpan(used), out var digits);
                    used += digits;
                    buffer[used++] = (byte)'\n';
                }

                stream.Write(buffer, 0, used);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
