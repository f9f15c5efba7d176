using System.Text.Json.Nodes;
using LinkGraph.Core.Errors;
using LinkGraph.Neo4j.Tests.Fakes;

namespace LinkGraph.Neo4j.Tests;

public sealed class Neo4jGraphSyncTests : IAsyncDisposable
{
    private const string GoldenFile = "small_run_sync.json";

    private static readonly Dictionary<string, string> FileByStatement = CypherCatalog.Names
        .Where(n => n != CypherFiles.CreateSchema)
        .ToDictionary(CypherCatalog.Get, n => n, StringComparer.Ordinal);

    private readonly FakeQueryApi _api = new();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task SyncAsync_SmallRun_SendsExactlyTheExpectedBatches()
    {
        var result = await Sync(SmallRun.Runs()).SyncAsync(null, force: false, Token);

        // Batch size 2, 3 batches per transaction: 26 batches in 9 transactions.
        string[] expectedBatches =
        [
            "040_upsert_run 0", "010_upsert_accounts 2", "010_upsert_accounts 2",
            "010_upsert_accounts 1", "024_upsert_prompt_templates 2", "020_upsert_payments 1",
            "021_upsert_ips 1", "022_upsert_ip_prefixes 1", "023_upsert_devices 1",
            "030_upsert_usage 2", "030_upsert_usage 2", "030_upsert_usage 2",
            "030_upsert_usage 2", "030_upsert_usage 2", "030_upsert_usage 2",
            "030_upsert_usage 1", "041_upsert_rings 2", "042_upsert_memberships 2",
            "042_upsert_memberships 2", "042_upsert_memberships 1", "043_upsert_links 2",
            "050_remove_stale_memberships 0", "051_retire_stale_rings 0", "052_remove_stale_links 0",
            "053_remove_stale_derived_usage 0", "070_mark_run_synced 0",
        ];
        var requests = _api.Requests;
        Assert.Equal("POST /db/neo4j/query/v2 060_read_run_current", Describe(requests[0]));
        Assert.All(requests.Skip(1).Take(12), r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal(CypherCatalog.GetAll(CypherFiles.CreateSchema), requests.Skip(1).Take(12).Select(r => r.Statement));

        var expectedHttp = new List<string>();
        for (var i = 0; i < expectedBatches.Length; i += 3)
        {
            var tx = $"tx{(i / 3) + 1}";
            expectedHttp.Add("POST /db/neo4j/query/v2/tx");
            expectedHttp.AddRange(expectedBatches.Skip(i).Take(3).Select(b => $"POST /db/neo4j/query/v2/tx/{tx} {b}"));
            expectedHttp.Add($"POST /db/neo4j/query/v2/tx/{tx}/commit");
        }

        Assert.Equal(expectedHttp, requests.Skip(13).Select(DescribeWithRows));
        Assert.Equal((false, 9, 26, 0), (result.Skipped, result.Transactions, result.Batches, result.Retries));
        Assert.Equal(5, result.RowsByFile[CypherFiles.UpsertAccounts]);
        Assert.Equal(13, result.RowsByFile[CypherFiles.UpsertUsage]);
        Assert.Equal(SmallRun.RunId, _api.CurrentRun);
    }

    [Fact]
    public async Task SyncAsync_SmallRun_ParametersMatchGoldenAndStatementsCarryNoValues()
    {
        await Sync(SmallRun.Runs()).SyncAsync(null, force: false, Token);

        var batches = new JsonArray();
        foreach (var request in _api.Requests.Where(r => r.Path.Contains("/tx/", StringComparison.Ordinal) && !r.Path.EndsWith("/commit", StringComparison.Ordinal)))
        {
            // The statement is exactly a catalog file: any value must be in parameters.
            Assert.True(FileByStatement.TryGetValue(request.Statement!, out var file), request.Body);
            Assert.DoesNotContain("acc_", request.Statement, StringComparison.Ordinal);
            batches.Add(new JsonObject { ["file"] = file, ["parameters"] = request.Parameters!.DeepClone() });
        }

        var golden = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenFile), Token));
        Assert.True(JsonNode.DeepEquals(golden, batches), "Sync batches differ from Golden/" + GoldenFile + ":\n" + batches.ToJsonString(new() { WriteIndented = true }));
    }

    [Fact]
    public async Task SyncAsync_SameRunAgain_OnlyChecksAndSkips()
    {
        var sync = Sync(SmallRun.Runs());
        await sync.SyncAsync(null, force: false, Token);
        _api.ClearRequests();

        var second = await sync.SyncAsync(SmallRun.RunId, force: false, Token);

        Assert.True(second.Skipped);
        Assert.Equal("POST /db/neo4j/query/v2 060_read_run_current", Describe(Assert.Single(_api.Requests)));
    }

    [Fact]
    public async Task SyncAsync_ForcedAgain_SendsIdenticalStatementsAndParameters()
    {
        var sync = Sync(SmallRun.Runs());
        await sync.SyncAsync(null, force: false, Token);
        var first = _api.Requests.Skip(1).Select(r => r.Body).ToList();
        _api.ClearRequests();

        var again = await sync.SyncAsync(null, force: true, Token);

        Assert.False(again.Skipped);
        Assert.Equal(first, _api.Requests.Select(r => r.Body));
        Assert.Equal(SmallRun.RunId, _api.CurrentRun);
    }

    [Fact]
    public async Task SyncAsync_TransientErrorInTransaction_RollsBackAndReplaysThatTransaction()
    {
        var failed = false;
        _api.Handler = request =>
        {
            if (!failed && request.Statement == CypherCatalog.Get(CypherFiles.UpsertUsage))
            {
                failed = true;
                return FakeResponse.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
            }

            return _api.Default(request);
        };

        var result = await Sync(SmallRun.Runs()).SyncAsync(null, force: false, Token);

        var http = _api.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        var failedAt = http.IndexOf("DELETE /db/neo4j/query/v2/tx/tx4");
        Assert.True(failedAt > 0, string.Join('\n', http));
        Assert.Equal("POST /db/neo4j/query/v2/tx", http[failedAt + 1]);
        Assert.Equal(
            _api.Requests.Where(r => r.Path == "/db/neo4j/query/v2/tx/tx4" && r.Method == "POST").Select(r => r.Body),
            _api.Requests.Where(r => r.Path == "/db/neo4j/query/v2/tx/tx5" && r.Method == "POST").Select(r => r.Body).Take(1));
        Assert.Equal(1, result.Retries);
        Assert.Equal(9, result.Transactions);
        Assert.Equal(SmallRun.RunId, _api.CurrentRun);
    }

    [Fact]
    public async Task SyncAsync_ClientErrorInTransaction_RollsBackAndStops()
    {
        _api.Handler = request => request.Statement == CypherCatalog.Get(CypherFiles.UpsertRings)
            ? FakeResponse.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists")
            : _api.Default(request);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Sync(SmallRun.Runs()).SyncAsync(null, force: false, Token));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Neo4jCode);
        var last = _api.Requests[^1];
        Assert.Equal("DELETE", last.Method);
        Assert.Single(_api.Requests, r => r.Statement == CypherCatalog.Get(CypherFiles.UpsertRings));
        Assert.Null(_api.CurrentRun);
    }

    [Fact]
    public async Task SyncAsync_NewerRunWithoutARing_WritesItsMembershipsThenRemovesStaleOnes()
    {
        var runs = SmallRun.Runs();
        var sync = Sync(runs);
        await sync.SyncAsync(null, force: false, Token);
        SmallRun.Add(runs, "run-0002", secondRingDissolved: true);
        _api.ClearRequests();

        var result = await sync.SyncAsync(null, force: false, Token);

        Assert.Equal("run-0002", result.RunId);
        Assert.Equal(3, result.RowsByFile[CypherFiles.UpsertMemberships]);
        var inTransactions = _api.Requests.Where(r => r.Statement is not null && r.Path.Contains("/tx/", StringComparison.Ordinal)).ToList();
        var tail = inTransactions.TakeLast(5).Select(r => (FileByStatement[r.Statement!], r.Parameters!["runId"]!.GetValue<string>()));
        Assert.Equal(
            [
                (CypherFiles.RemoveStaleMemberships, "run-0002"), (CypherFiles.RetireStaleRings, "run-0002"),
                (CypherFiles.RemoveStaleLinks, "run-0002"), (CypherFiles.RemoveStaleDerivedUsage, "run-0002"),
                (CypherFiles.MarkRunSynced, "run-0002"),
            ],
            tail);
        var accounts = inTransactions.Where(r => r.Statement == CypherCatalog.Get(CypherFiles.UpsertAccounts)).SelectMany(r => r.Parameters!["rows"]!.AsArray());
        var acc5 = Assert.Single(accounts, a => a!["id"]!.GetValue<string>() == "acc_5");
        Assert.Null(acc5!["ringId"]);
        Assert.Equal(0.0, acc5["riskScore"]!.GetValue<double>());
        Assert.Equal("run-0002", _api.CurrentRun);
    }

    [Fact]
    public async Task SyncAsync_NoSucceededRun_ThrowsRunNotFoundBeforeAnyRequest()
    {
        var ex = await Assert.ThrowsAsync<LinkGraphException>(() => Sync(new FakeRunStore()).SyncAsync(null, force: false, Token));

        Assert.Equal("run_not_found", ex.Code);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task SyncAsync_UnknownRun_ThrowsNamingIt()
    {
        var ex = await Assert.ThrowsAsync<LinkGraphException>(() => Sync(SmallRun.Runs()).SyncAsync("run-9999", force: false, Token));

        Assert.Contains("run-9999", ex.Message, StringComparison.Ordinal);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Describe(RecordedRequest request) =>
        $"{request.Method} {request.Path}" + (request.Statement is { } s && FileByStatement.TryGetValue(s, out var file) ? " " + file : string.Empty);

    private static string DescribeWithRows(RecordedRequest request)
    {
        var text = Describe(request);
        return request.Statement is null ? text : $"{text} {request.Parameters?["rows"]?.AsArray().Count ?? 0}";
    }

    private Neo4jGraphSync Sync(FakeRunStore runs)
    {
        var options = new Neo4jOptions { Uri = _api.BaseUri, Password = "secret-pw", BatchSize = 2, BatchesPerTransaction = 3, RetryDelay = TimeSpan.Zero };
        return new Neo4jGraphSync(new Neo4jQueryClient(_api.Http, options), SmallRun.Source(), runs);
    }
}
