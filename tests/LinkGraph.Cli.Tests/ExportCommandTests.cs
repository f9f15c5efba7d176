using LinkGraph.Core.Events;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Tests;

/// <summary><c>linkgraph export neo4j-csv</c> and <c>linkgraph sync neo4j</c> argument handling, against a real SQLite file.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "linkgraph-export-" + Guid.NewGuid().ToString("N"));

    public ExportCommandTests()
    {
        Directory.CreateDirectory(_root);
    }

    private string DbPath => Path.Combine(_root, "store.db");

    private string OutPath => Path.Combine(_root, "csv");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ExportNeo4jCsv_SmallStore_WritesFilesWithExpectedCounts()
    {
        var runId = SeedStore();

        var (code, stdout, stderr) = await CliRunner.RunAsync("export", "neo4j-csv", "--db", DbPath, "--out", OutPath);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains($"run: {runId}", stdout, StringComparison.Ordinal);
        string[] expected =
        [
            "rows accounts.csv: 4", "rows found_in.csv: 1", "rows identifiers.csv: 6", "rows linked.csv: 1",
            "rows member_of.csv: 2", "rows rings.csv: 1", "rows runs.csv: 1", "rows used.csv: 10",
        ];
        Assert.Equal(expected, stdout.Split('\n').Where(l => l.StartsWith("rows ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')));
        Assert.Contains("import: neo4j-admin database import full ", stdout, StringComparison.Ordinal);
        Assert.Equal(
            ":START_ID(Account),:END_ID(Identifier),firstSeen:datetime,lastSeen:datetime,count:int,derivedRunId,:TYPE",
            File.ReadLines(Path.Combine(OutPath, "used.csv")).First());
        Assert.Equal(11, File.ReadAllLines(Path.Combine(OutPath, "used.csv")).Length);
        var members = File.ReadAllLines(Path.Combine(OutPath, "member_of.csv"));
        Assert.Equal([":START_ID(Account),:END_ID(Ring),runId,:TYPE", $"acc_1,ring-1,{runId},MEMBER_OF", $"acc_2,ring-1,{runId},MEMBER_OF"], members);
    }

    [Fact]
    public async Task ExportNeo4jCsv_GeneratedSmallScenario_CountsMatchTheStoreAndTheRun()
    {
        var data = Path.Combine(_root, "small");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("generate", "--scenario", "small", "--seed", "7", "--out", data)).Exit);
        var detect = await CliRunner.RunAsync("detect", "--input", Path.Combine(data, "events.ndjson"), "--output", Path.Combine(_root, "rings.json"), "--db", DbPath);
        Assert.True(detect.Exit == ExitCodes.Success, detect.Stderr);

        var (code, stdout, stderr) = await CliRunner.RunAsync("export", "neo4j-csv", "--db", DbPath, "--out", OutPath);

        Assert.True(code == ExitCodes.Success, stderr);
        var factory = new SqliteConnectionFactory(DbPath);
        var source = new SqliteDetectionSource(factory);
        var runs = new SqliteRunStore(factory);
        var ct = TestContext.Current.CancellationToken;
        var runId = runs.GetLatestSucceededRun()!.Id;
        var document = runs.GetRingsDocument(runId)!;
        var derived = runs.GetDerivedObservations(runId);
        var expected = new Dictionary<string, long>
        {
            ["accounts.csv"] = source.ReadAccounts(ct).Count(),
            ["identifiers.csv"] = source.ReadIdentifiers(ct).Count() + derived.Select(d => (d.Kind, d.Value)).Distinct().Count(),
            ["runs.csv"] = 1,
            ["rings.csv"] = document.Rings.Count,
            ["used.csv"] = source.ReadObservations(ct).Count() + derived.Count,
            ["member_of.csv"] = document.Rings.Sum(r => r.Accounts.Count),
            ["linked.csv"] = runs.GetStrongLinks(runId).Count,
            ["found_in.csv"] = document.Rings.Count,
        };
        Assert.Equal(document.Run.Accounts, expected["accounts.csv"]);
        Assert.True(expected["rings.csv"] > 0 && expected["linked.csv"] > 0, "the small scenario must yield rings and links");
        foreach (var (file, rows) in expected)
        {
            Assert.Contains($"rows {file}: {rows}", stdout, StringComparison.Ordinal);
            Assert.Equal(rows + 1, File.ReadLines(Path.Combine(OutPath, file)).LongCount());
        }
    }

    [Fact]
    public async Task ExportNeo4jCsv_ExplicitUnknownRun_FailsNamingItAndWritesNothing()
    {
        SeedStore();

        var (code, _, stderr) = await CliRunner.RunAsync("export", "neo4j-csv", "--db", DbPath, "--run", "run-nope", "--out", OutPath);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("run-nope", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutPath));
    }

    [Fact]
    public async Task ExportNeo4jCsv_MissingDatabase_UsageErrorAndNoFileCreated()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("export", "neo4j-csv", "--db", DbPath, "--out", OutPath);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task ExportNeo4jCsv_NoOut_UsageError()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("export", "neo4j-csv", "--db", DbPath);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNeo4j_InvalidUri_UsageErrorBeforeAnyWork()
    {
        SeedStore();

        var (code, _, stderr) = await CliRunner.RunAsync("sync", "neo4j", "--db", DbPath, "--uri", "ftp://example", "--password", "x");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Neo4j:Uri must be an absolute http or https address", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNeo4j_SmallStore_WritesEveryRowOverTheQueryApi()
    {
        SeedStore();
        var requests = new List<string>();
        // One answer fits every Query API call here: a transaction id for begin, no rows, "not current" for the check.
        await using var server = StartQueryApi(requests, 202, """{"data":{"fields":["current"],"values":[[false]]},"transaction":{"id":"t1"}}""");

        var (code, stdout, stderr) = await CliRunner.RunAsync("sync", "neo4j", "--db", DbPath, "--uri", server.Uri, "--password", "secret-pw", "--batch-size", "3");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("skipped: false", stdout, StringComparison.Ordinal);
        Assert.Contains("rows 010_upsert_accounts: 4", stdout, StringComparison.Ordinal);
        Assert.Contains("rows 030_upsert_usage: 10", stdout, StringComparison.Ordinal);
        Assert.Contains("rows 042_upsert_memberships: 2", stdout, StringComparison.Ordinal);
        Assert.Equal("POST /db/neo4j/query/v2", requests[0]);
        Assert.Equal("POST /db/neo4j/query/v2/tx/t1/commit", requests[^1]);
    }

    [Fact]
    public async Task SyncNeo4j_WrongPassword_FailsWithNeo4jCode()
    {
        SeedStore();
        var requests = new List<string>();
        await using var server = StartQueryApi(requests, 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""");

        var (code, _, stderr) = await CliRunner.RunAsync("sync", "neo4j", "--db", DbPath, "--uri", server.Uri, "--password", "wrong-pw");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("HTTP 401 Neo.ClientError.Security.Unauthorized", stderr, StringComparison.Ordinal);
        Assert.Single(requests);
    }

    /// <summary>A loopback HTTP server that records "METHOD path" and gives every request the same answer.</summary>
    private static LoopbackServer StartQueryApi(List<string> requests, int status, string body)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var uri = $"http://127.0.0.1:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}/";
        probe.Stop();
        var listener = new System.Net.HttpListener();
        listener.Prefixes.Add(uri);
        listener.Start();
        var loop = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                lock (requests)
                {
                    requests.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}");
                }

                var bytes = System.Text.Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
        return new LoopbackServer(uri, listener, loop);
    }

    private sealed record LoopbackServer(string Uri, System.Net.HttpListener Listener, Task Loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Listener.Close();
            await Loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>4 accounts, 6 identifiers, 10 observations; one succeeded run with ring-1 = {acc_1, acc_2} and one strong link.</summary>
    private string SeedStore()
    {
        var factory = new SqliteConnectionFactory(DbPath);
        var normalizer = new EventNormalizer();
        AccountEvent[] events =
        [
            new(EventType.Account, "acc_1", T0, null, Country: "SG"),
            new(EventType.Account, "acc_2", T0.AddMinutes(1), null),
            new(EventType.Account, "acc_3", T0.AddMinutes(2), null),
            new(EventType.Account, "acc_4", T0.AddMinutes(3), null),
            new(EventType.Payment, "acc_1", T0, "card_fp_1"),
            new(EventType.Payment, "acc_2", T0, "card_fp_1"),
            new(EventType.Ip, "acc_1", T0, "203.0.113.7"),
            new(EventType.Ip, "acc_2", T0, "203.0.113.7"),
            new(EventType.Ip, "acc_3", T0, "203.0.113.9"),
            new(EventType.Device, "acc_3", T0, "dev_1"),
            new(EventType.Prompt, "acc_1", T0, "Imagine the reasoning behind this answer and write it out step by step"),
        ];
        using (var session = new SqliteEventStore(factory).BeginImport())
        {
            foreach (var e in events)
            {
                session.Add(normalizer.Normalize(e));
            }

            session.Commit();
        }

        var runs = new SqliteRunStore(factory);
        var run = runs.CreateRun("test", T0.AddDays(1));
        Assert.True(runs.TryStartRun(run.Id, T0.AddDays(1)));
        var ring = new Ring(
            "ring-1", 0.9, true, 2, ["acc_1", "acc_2"],
            new Dictionary<string, int> { ["payment"] = 1, ["ip"] = 1 },
            [new RingEvidence("payment", "card_fp_1", 2)],
            ["2 accounts paid with one card"]);
        var result = new DetectionResult(4, 1, [ring], [], [new AccountLink("acc_1", "acc_2", 2.5, ["payment", "ip"])], []);
        runs.CompleteRun(run.Id, result, T0.AddDays(1).AddMinutes(1));
        return run.Id;
    }
}
