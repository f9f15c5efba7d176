using LinkGraph.Cli;

namespace LinkGraph.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "linkgraph-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_SmallScenario_WritesEventsAndTruthAndExitsZero()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("generate", "--scenario", "small", "--seed", "3", "--out", _directory);

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_directory, "events.ndjson")));
        Assert.True(File.Exists(Path.Combine(_directory, "truth.json")));
        Assert.Empty(Directory.GetFiles(_directory, "*.partial"));
        Assert.Contains("scenario small, seed 3:", stdout, StringComparison.Ordinal);
        using var truth = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "truth.json"), TestContext.Current.CancellationToken));
        Assert.Equal("small", truth.RootElement.GetProperty("scenario").GetString());
        Assert.InRange(truth.RootElement.GetProperty("accounts").GetArrayLength(), 9_000, 11_000);
    }

    [Fact]
    public async Task Generate_UnknownScenario_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("generate", "--scenario", "huge", "--out", _directory);

        Assert.Equal(2, code);
        Assert.Contains("huge", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_directory));
    }

    [Fact]
    public async Task Generate_WorldSmall_WritesTruthWithFamilyAndGrammar()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("generate", "--scenario", "world-small", "--seed", "1002", "--grammar", "a", "--out", _directory);

        Assert.True(code == 0, stderr);
        Assert.Contains("scenario world-small, seed 1002:", stdout, StringComparison.Ordinal);
        using var truth = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "truth.json"), TestContext.Current.CancellationToken));
        Assert.Equal("validation", truth.RootElement.GetProperty("family").GetString());
        Assert.Equal("a", truth.RootElement.GetProperty("grammar").GetString());
    }

    [Fact]
    public async Task Generate_UnavailableGrammar_ExitsTwoNamingTheAvailableOnes()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("generate", "--scenario", "world-small", "--grammar", "zz", "--out", _directory);

        Assert.Equal(2, code);
        Assert.Contains("prompt grammar 'zz' is not available", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_directory));
    }

    [Fact]
    public async Task Generate_GrammarWithFixedScenario_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("generate", "--scenario", "small", "--grammar", "a", "--out", _directory);

        Assert.Equal(2, code);
        Assert.Contains("world-*", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MissingOut_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("generate", "--scenario", "small");

        Assert.Equal(2, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_OutIsAFile_ExitsWithMessageAndNoTrace()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "occupied");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("generate", "--scenario", "small", "--out", file);

        Assert.Equal(3, code);
        Assert.StartsWith("error: cannot write the scenario", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
