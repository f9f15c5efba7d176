using System.Text.Json;

namespace LinkGraph.Cli.Tests;

public sealed class EvaluateCommandTests : IDisposable
{
    private const string Truth = """
        {"accounts": [
          {"account": "f1", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
          {"account": "f2", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
          {"account": "h1", "label": "legit", "category": "household", "group": "hh-1"},
          {"account": "s1", "label": "legit", "category": "single", "group": null}
        ]}
        """;

    private const string Rings = """
        {"run": {"id": "r"}, "rings": [
          {"id": "R1", "score": 0.9, "flagged": true, "size": 2, "accounts": ["f1", "h1"], "signals": {}, "evidence": [], "reasons": []}
        ]}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("linkgraph-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Evaluate_ValidFiles_PrintsTableAndExitsZero()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("evaluate", "--rings", Write("rings.json", Rings), "--truth", Write("truth.json", Truth));

        Assert.True(code == 0, stderr);
        Assert.Contains("precision 0.5000   recall 0.5000   F1 0.5000", stdout, StringComparison.Ordinal);
        Assert.Matches(@"household\s+1\s+1\s+1\s+1", stdout);
    }

    [Fact]
    public async Task Evaluate_GeneratedThenDetected_ReportsEveryCampaignOfTheTruth()
    {
        var scenario = Path.Combine(_directory, "small");
        var rings = Path.Combine(_directory, "rings.json");
        var generated = await CliRunner.RunAsync("generate", "--scenario", "small", "--seed", "2", "--out", scenario);
        var detected = await CliRunner.RunAsync("detect", "--input", Path.Combine(scenario, "events.ndjson"), "--output", rings);

        var (code, stdout, stderr) = await CliRunner.RunAsync("evaluate", "--rings", rings, "--truth", Path.Combine(scenario, "truth.json"), "--json");

        Assert.True(generated.Exit == 0, generated.Stderr);
        Assert.True(detected.Exit == 0, detected.Stderr);
        Assert.True(code == 0, stderr);
        using var report = JsonDocument.Parse(stdout);
        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(scenario, "truth.json"), TestContext.Current.CancellationToken));
        Assert.Equal(truth.RootElement.GetProperty("campaigns").GetArrayLength(), report.RootElement.GetProperty("campaigns").GetArrayLength());
        Assert.Equal(truth.RootElement.GetProperty("totals").GetProperty("fraud").GetInt32(), report.RootElement.GetProperty("fraud_accounts").GetInt32());
        Assert.InRange(report.RootElement.GetProperty("recall").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public async Task Evaluate_JsonOption_WritesMachineReadableReport()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("evaluate", "--rings", Write("rings.json", Rings), "--truth", Write("truth.json", Truth), "--json");

        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(0.5, report.RootElement.GetProperty("precision").GetDouble());
        Assert.Equal(1, report.RootElement.GetProperty("false_positives").GetInt32());
    }

    [Fact]
    public async Task Evaluate_MalformedRings_ExitsOneWithReason()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("evaluate", "--rings", Write("rings.json", "{\"rings\": [{\"id\": \"x\"}"), "--truth", Write("truth.json", Truth));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: rings file", stderr, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_TruthWithBadLabel_ExitsOneWithReason()
    {
        var badTruth = "{\"accounts\": [{\"account\": \"a\", \"label\": \"unsure\"}]}";

        var (code, _, stderr) = await CliRunner.RunAsync("evaluate", "--rings", Write("rings.json", Rings), "--truth", Write("truth.json", badTruth));

        Assert.Equal(1, code);
        Assert.Contains("accounts[0] (a) has label 'unsure'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingFile_ExitsOneNamingIt()
    {
        var missing = Path.Combine(_directory, "nope.json");

        var (code, _, stderr) = await CliRunner.RunAsync("evaluate", "--rings", missing, "--truth", Write("truth.json", Truth));

        Assert.Equal(1, code);
        Assert.Contains($"rings file '{missing}' does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingTruthOption_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("evaluate", "--rings", Write("rings.json", Rings));

        Assert.Equal(2, code);
        Assert.Contains("--truth", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
