using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LinkGraph.Cli.Tests;

public sealed class DetectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-detect-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Detect_CardFarmRing_WritesContractDocument()
    {
        var input = WriteEvents("events.ndjson", RingEvents());
        var output = Path.Combine(_dir, "rings.json");

        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", input, "--output", output);

        Assert.True(exit == 0, stderr);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        var root = document.RootElement;
        var run = root.GetProperty("run");
        foreach (var field in new[] { "id", "started_at", "finished_at", "accounts", "links" })
        {
            Assert.True(run.TryGetProperty(field, out _), $"run.{field} missing");
        }

        Assert.Equal(12, run.GetProperty("accounts").GetInt32());
        var rings = root.GetProperty("rings").EnumerateArray().ToList();
        Assert.NotEmpty(rings);
        var ring = rings[0];
        foreach (var field in new[] { "id", "score", "flagged", "size", "accounts", "signals", "evidence", "reasons" })
        {
            Assert.True(ring.TryGetProperty(field, out _), $"ring.{field} missing");
        }

        var members = ring.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()).ToHashSet();
        Assert.Equal(10, members.Count);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Contains($"farm_{i}", members));
        Assert.True(ring.GetProperty("flagged").GetBoolean(), "a 10-account card + device farm created in one burst must be flagged");
        Assert.InRange(ring.GetProperty("score").GetDouble(), 0, 1);
        Assert.DoesNotContain("step by step", root.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Detect_SameInputTwice_GivesSameRings()
    {
        var input = WriteEvents("events.ndjson", RingEvents());
        var first = Path.Combine(_dir, "first.json");
        var second = Path.Combine(_dir, "second.json");

        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", input, "--output", first)).Exit);
        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", input, "--output", second)).Exit);

        Assert.Equal(RingsOnly(first), RingsOnly(second));
    }

    [Fact]
    public async Task Detect_MalformedLine_ExitsOneNamingLineAndWritesNothing()
    {
        var lines = RingEvents().ToList();
        lines.Insert(3, "{\"type\":\"payment\",\"account\":\"x\",\"at\":\"not a time\",\"value\":\"c\"}");
        var input = WriteEvents("bad.ndjson", lines);
        var output = Path.Combine(_dir, "rings.json");

        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", input, "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains(":4:", stderr);
        Assert.Contains("at", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Detect_MissingOutput_IsUsageError()
    {
        var input = WriteEvents("events.ndjson", RingEvents());

        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", input);

        Assert.Equal(2, exit);
        Assert.Contains("--output", stderr);
    }

    [Fact]
    public async Task Detect_WithDb_KeepsStoreForRingsCommand()
    {
        var input = WriteEvents("events.ndjson", RingEvents());
        var db = Path.Combine(_dir, "store.db");
        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", input, "--output", Path.Combine(_dir, "r.json"), "--db", db)).Exit);

        var (exit, stdout, _) = await CliRunner.RunAsync("rings", "list", "--db", db, "--json");

        Assert.Equal(0, exit);
        using var rings = JsonDocument.Parse(stdout);
        Assert.Equal(10, rings.RootElement[0].GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Detect_WithDb_OutputIsTheStoredRunDocumentByteForByte()
    {
        var input = WriteEvents("events.ndjson", RingEvents().Concat(SecondRingEvents()));
        var db = Path.Combine(_dir, "store.db");
        var output = Path.Combine(_dir, "r.json");
        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", input, "--output", output, "--db", db)).Exit);

        // The command builds its document from the rings it just published; reading the run back must give the same bytes.
        var runs = new LinkGraph.Storage.Sqlite.SqliteRunStore(new LinkGraph.Storage.Sqlite.SqliteConnectionFactory(db));
        var stored = runs.GetRingsDocument(runs.GetLatestSucceededRun()!.Id)!;
        Assert.True(stored.Rings.Count >= 2, "two rings expected");
        Assert.Equal(LinkGraph.Core.Rings.RingsJson.Serialize(stored), await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Detect_CsvAndNdjsonOfSameEvents_GiveSameRings()
    {
        var ndjson = WriteEvents("events.ndjson", RingEvents());
        var csvLines = new List<string> { "type,account,at,value,id,email_domain,country,org" };
        foreach (var line in RingEvents())
        {
            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            var value = e.TryGetProperty("value", out var v) ? "\"" + v.GetString()!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : string.Empty;
            csvLines.Add($"{e.GetProperty("type").GetString()},{e.GetProperty("account").GetString()},{e.GetProperty("at").GetString()},{value},,,,");
        }

        var csv = WriteEvents("events.csv", csvLines);
        var fromNdjson = Path.Combine(_dir, "a.json");
        var fromCsv = Path.Combine(_dir, "b.json");

        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", ndjson, "--output", fromNdjson)).Exit);
        var (exit, _, stderr) = await CliRunner.RunAsync("detect", "--input", csv, "--output", fromCsv);

        Assert.True(exit == 0, stderr);
        Assert.Equal(RingsOnly(fromNdjson), RingsOnly(fromCsv));
    }

    [Fact]
    public async Task Detect_EveryAccountInAtMostOneRing_AndRingsByDescendingScore()
    {
        var input = WriteEvents("events.ndjson", RingEvents());
        var output = Path.Combine(_dir, "rings.json");
        Assert.Equal(0, (await CliRunner.RunAsync("detect", "--input", input, "--output", output)).Exit);

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        var rings = document.RootElement.GetProperty("rings").EnumerateArray().ToList();
        var seen = new HashSet<string>();
        foreach (var ring in rings)
        {
            var members = ring.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()!).ToList();
            Assert.Equal(ring.GetProperty("size").GetInt32(), members.Count);
            Assert.All(members, m => Assert.True(seen.Add(m), $"{m} is in two rings"));
        }

        var scores = rings.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
    }

    private static string RingsOnly(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("rings").GetRawText();
    }

    /// <summary>Ten accounts made within minutes sharing two cards and one emulator fingerprint, plus two unrelated users.</summary>
    internal static IEnumerable<string> RingEvents()
    {
        var start = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 10; i++)
        {
            var at = start.AddMinutes(i * 3);
            yield return Event("account", $"farm_{i}", at, null);
            yield return Event("payment", $"farm_{i}", at.AddMinutes(1), $"card_farm_{i % 2}");
            yield return Event("device", $"farm_{i}", at.AddMinutes(1), "emu:android-sdk-x86-7f3a");
            yield return Event("ip", $"farm_{i}", at.AddMinutes(2), $"198.51.100.{10 + i}");
        }

        for (var i = 0; i < 2; i++)
        {
            var at = start.AddDays(3 + (i * 4));
            yield return Event("account", $"user_{i}", at, null);
            yield return Event("payment", $"user_{i}", at.AddMinutes(5), $"card_user_{i}");
            yield return Event("ip", $"user_{i}", at.AddMinutes(5), $"203.0.113.{i + 1}");
        }
    }

    /// <summary>Five accounts made on another day sharing one card, one device and one address: a second, smaller ring.</summary>
    private static IEnumerable<string> SecondRingEvents()
    {
        var start = new DateTimeOffset(2026, 3, 20, 14, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            var at = start.AddMinutes(i * 7);
            yield return Event("account", $"mule_{i}", at, null);
            yield return Event("payment", $"mule_{i}", at.AddMinutes(2), "card_mule");
            yield return Event("device", $"mule_{i}", at.AddMinutes(2), "dev:mule-phone");
            yield return Event("ip", $"mule_{i}", at.AddMinutes(3), "192.0.2.77");
        }
    }

    internal static string Event(string type, string account, DateTimeOffset at, string? value)
    {
        var time = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return value is null
            ? $"{{\"type\":\"{type}\",\"account\":\"{account}\",\"at\":\"{time}\"}}"
            : $"{{\"type\":\"{type}\",\"account\":\"{account}\",\"at\":\"{time}\",\"value\":\"{value}\"}}";
    }

    private string WriteEvents(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }
}
