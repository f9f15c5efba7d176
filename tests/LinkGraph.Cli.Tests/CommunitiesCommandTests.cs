using System.Globalization;
using LinkGraph.Cli;

namespace LinkGraph.Cli.Tests;

public sealed class CommunitiesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-communities-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_TwoTrianglesWithBridge_WritesTwoCommunitiesAndSummary()
    {
        var (code, stdout, stderr, output) = await CommunitiesAsync("# two triangles\nA B\nB C\nC A\nD E\nE F\nF D\nC D 0.5\n");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Equal(["A 0", "B 0", "C 0", "D 1", "E 1", "F 1"], File.ReadAllLines(output));
        var summary = ParseSummary(stdout);
        Assert.Equal("6", summary["nodes"]);
        Assert.Equal("7", summary["edges"]);
        Assert.Equal("2", summary["communities"]);
        // Two triangles and a half-weight bridge: m = 6.5, Q = 2 * (3/6.5 - (6.5/13)^2) = 0.423077.
        Assert.Equal(0.423077, double.Parse(summary["modularity"], CultureInfo.InvariantCulture), 6);
        Assert.True(summary.ContainsKey("load_seconds"));
        Assert.True(summary.ContainsKey("algorithm_seconds"));
        Assert.False(File.Exists(output + "." + Environment.ProcessId + ".tmp"));
    }

    [Fact]
    public async Task Run_SameSeedTwice_SameOutputFile()
    {
        var lines = new List<string>();
        var random = new Random(3);
        for (var i = 0; i < 400; i++)
        {
            lines.Add($"n{random.Next(120)} n{random.Next(120)}");
        }

        var edges = Write("random.txt", string.Join('\n', lines));
        var first = Path.Combine(_dir, "a.txt");
        var second = Path.Combine(_dir, "b.txt");

        await CliRunner.RunAsync("communities", "--edges", edges, "--output", first, "--seed", "7");
        await CliRunner.RunAsync("communities", "--edges", edges, "--output", second, "--seed", "7");

        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public async Task Run_BadWeight_ExitOneWithLineNumberAndNoOutput()
    {
        var (code, _, stderr, output) = await CommunitiesAsync("a b\nb c\nc d -1\n");

        Assert.Equal(ExitCodes.InputRejected, code);
        Assert.Contains("line 3: weight -1 must be finite and greater than 0", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Run_MissingEdgesFile_ExitOne()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("communities", "--edges", Path.Combine(_dir, "none.txt"), "--output", Path.Combine(_dir, "o.txt"));

        Assert.Equal(ExitCodes.InputRejected, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingOutputOption_ExitTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("communities", "--edges", Write("e.txt", "a b\n"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--output", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    public async Task Run_InvalidResolution_ExitTwo(string resolution)
    {
        var (code, _, stderr) = await CliRunner.RunAsync("communities", "--edges", Write("e.txt", "a b\n"), "--output", Path.Combine(_dir, "o.txt"), "--resolution", resolution);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--resolution", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NonNumericSeed_ExitTwo()
    {
        var (code, _, _) = await CliRunner.RunAsync("communities", "--edges", Write("e.txt", "a b\n"), "--output", Path.Combine(_dir, "o.txt"), "--seed", "x");

        Assert.Equal(ExitCodes.Usage, code);
    }

    /// <summary>Runs <c>communities</c> on an edge list with the given text, into out.txt.</summary>
    private async Task<(int Code, string Stdout, string Stderr, string Output)> CommunitiesAsync(string edgeList)
    {
        var output = Path.Combine(_dir, "out.txt");
        var (code, stdout, stderr) = await CliRunner.RunAsync("communities", "--edges", Write("edges.txt", edgeList), "--output", output);
        return (code, stdout, stderr, output);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, string> ParseSummary(string stdout)
    {
        var summary = new Dictionary<string, string>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            summary[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return summary;
    }
}
