using System.Text.Json;

namespace LinkGraph.Cli.Tests;

/// <summary>
/// The quality floor CI holds detection to: a world-small scenario of the validation family (seed 1000 and up,
/// never used to tune or train), generated, detected and evaluated through the same commands a user runs. The
/// floors sit below what the validation family measures (docs/detection.md), so only a real regression fails.
/// </summary>
public sealed class DetectionQualityFloorTests : IDisposable
{
    private const double PrecisionFloor = 0.85;
    private const double RecallFloor = 0.65;

    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-quality-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(1002)]
    public async Task Detect_ValidationWorld_MeetsTheFloor(int seed)
    {
        var events = Path.Combine(_dir, "events.ndjson");
        var truth = Path.Combine(_dir, "truth.json");
        var rings = Path.Combine(_dir, "rings.json");

        var generate = await CliRunner.RunAsync("generate", "--scenario", "world-small", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _dir);
        Assert.True(generate.Exit == 0, generate.Stderr);
        var detect = await CliRunner.RunAsync("detect", "--input", events, "--output", rings);
        Assert.True(detect.Exit == 0, detect.Stderr);
        var evaluate = await CliRunner.RunAsync("evaluate", "--rings", rings, "--truth", truth, "--json");
        Assert.True(evaluate.Exit == 0, evaluate.Stderr);

        using var report = JsonDocument.Parse(evaluate.Stdout);
        var precision = report.RootElement.GetProperty("precision").GetDouble();
        var recall = report.RootElement.GetProperty("recall").GetDouble();
        Assert.True(precision >= PrecisionFloor, $"seed {seed}: precision {precision:0.000} below the floor {PrecisionFloor}; report: {evaluate.Stdout}");
        Assert.True(recall >= RecallFloor, $"seed {seed}: recall {recall:0.000} below the floor {RecallFloor}; report: {evaluate.Stdout}");
    }
}
