using System.Text.Json;
using LinkGraph.Cli;

namespace LinkGraph.Cli.Tests;

/// <remarks>Each test owns a folder with a store that <c>detect</c> filled and ran once (its rings in first.json).</remarks>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_StoreDetectedBefore_NewRunWithSameRingsByteForByte()
    {
        using var dir = new TestDirectory("linkgraph-run-");
        var store = await DetectedStoreAsync(dir.Path);
        var second = Path.Combine(dir.Path, "second.json");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store, "--output", second);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("wrote ", stderr, StringComparison.Ordinal);
        var (firstRun, firstRings) = Split(Path.Combine(dir.Path, "first.json"));
        var (secondRun, secondRings) = Split(second);
        Assert.NotEqual(firstRun, secondRun);
        Assert.Equal(firstRings, secondRings);
        var list = await CliRunner.RunAsync("rings", "list", "--db", store);
        Assert.Contains($"run {secondRun} ", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutputDash_WritesDocumentToStdout()
    {
        using var dir = new TestDirectory("linkgraph-run-");
        var store = await DetectedStoreAsync(dir.Path);

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store, "-o", "-");

        Assert.True(exit == ExitCodes.Success, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(12, document.RootElement.GetProperty("run").GetProperty("accounts").GetInt32());
        Assert.Equal(Split(Path.Combine(dir.Path, "first.json")).Rings, document.RootElement.GetProperty("rings").GetRawText());
    }

    [Fact]
    public async Task Run_WithoutOutput_RecordsRunAndPrintsTopRings()
    {
        using var dir = new TestDirectory("linkgraph-run-");
        var store = await DetectedStoreAsync(dir.Path);

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("top 1 of 1 rings:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", stderr, StringComparison.Ordinal);
        Assert.Equal(["first.json", "linkgraph.db", "linkgraph.db-shm", "linkgraph.db-wal"],
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).Where(f => f != "events.ndjson"));
    }

    [Fact]
    public async Task Run_MissingStore_UsageErrorAndNoStoreCreated()
    {
        using var dir = new TestDirectory("linkgraph-run-");

        var (exit, _, stderr) = await CliRunner.RunAsync("run", "--db", Path.Combine(dir.Path, "missing.db"), "--output", Path.Combine(dir.Path, "rings.json"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    /// <summary>A store holding the card-farm events and one run over them, whose rings are in first.json.</summary>
    private static async Task<string> DetectedStoreAsync(string dir)
    {
        var input = Path.Combine(dir, "events.ndjson");
        await File.WriteAllLinesAsync(input, DetectCommandTests.RingEvents(), TestContext.Current.CancellationToken);
        var store = Path.Combine(dir, "linkgraph.db");
        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", input, "--db", store, "--output", Path.Combine(dir, "first.json"));
        Assert.True(exit == ExitCodes.Success, stderr);
        return store;
    }

    private static (string Run, string Rings) Split(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return (document.RootElement.GetProperty("run").GetProperty("id").GetString()!, document.RootElement.GetProperty("rings").GetRawText());
    }
}
