using System.Text.Json;
using LinkGraph.Cli;

namespace LinkGraph.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-run-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Run_StoreDetectedBefore_NewRunWithSameRingsByteForByte()
    {
        var store = await DetectedStoreAsync();
        var second = Path.Combine(_dir, "second.json");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store, "--output", second);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("wrote ", stderr, StringComparison.Ordinal);
        var (firstRun, firstRings) = Split(Path.Combine(_dir, "first.json"));
        var (secondRun, secondRings) = Split(second);
        Assert.NotEqual(firstRun, secondRun);
        Assert.Equal(firstRings, secondRings);
        var list = await CliRunner.RunAsync("rings", "list", "--db", store);
        Assert.Contains($"run {secondRun} ", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutputDash_WritesDocumentToStdout()
    {
        var store = await DetectedStoreAsync();

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store, "-o", "-");

        Assert.True(exit == ExitCodes.Success, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(12, document.RootElement.GetProperty("run").GetProperty("accounts").GetInt32());
        Assert.Equal(Split(Path.Combine(_dir, "first.json")).Rings, document.RootElement.GetProperty("rings").GetRawText());
    }

    [Fact]
    public async Task Run_WithoutOutput_RecordsRunAndPrintsTopRings()
    {
        var store = await DetectedStoreAsync();

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--db", store);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("top 1 of 1 rings:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", stderr, StringComparison.Ordinal);
        Assert.Equal(["first.json", "linkgraph.db", "linkgraph.db-shm", "linkgraph.db-wal"],
            Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).Where(f => f != "events.ndjson"));
    }

    [Fact]
    public async Task Run_MissingStore_UsageErrorAndNoStoreCreated()
    {
        var store = Path.Combine(_dir, "missing.db");

        var (exit, _, stderr) = await CliRunner.RunAsync("run", "--db", store, "--output", Path.Combine(_dir, "rings.json"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    /// <summary>A store holding the card-farm events and one run over them, whose rings are in first.json.</summary>
    private async Task<string> DetectedStoreAsync()
    {
        var input = Path.Combine(_dir, "events.ndjson");
        await File.WriteAllLinesAsync(input, DetectCommandTests.RingEvents(), TestContext.Current.CancellationToken);
        var store = Path.Combine(_dir, "linkgraph.db");
        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", input, "--db", store, "--output", Path.Combine(_dir, "first.json"));
        Assert.True(exit == ExitCodes.Success, stderr);
        return store;
    }

    private static (string Run, string Rings) Split(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return (document.RootElement.GetProperty("run").GetProperty("id").GetString()!, document.RootElement.GetProperty("rings").GetRawText());
    }
}
