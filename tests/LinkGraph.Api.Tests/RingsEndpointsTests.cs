using System.Net;
using System.Text.Json;

namespace LinkGraph.Api.Tests;

public sealed class RingsEndpointsTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task ListRings_NoRunYet_Returns200Empty()
    {
        var body = await (await Get("/api/v1/rings")).JsonAsync();

        Assert.Equal(JsonValueKind.Null, body.GetProperty("run").ValueKind);
        Assert.Empty(body.GetProperty("rings").EnumerateArray());
    }

    [Fact]
    public async Task ListRings_AfterRun_ContractShapeByDescendingScore()
    {
        var runId = await RunAsync(TestData.Result());

        var body = await (await Get("/api/v1/rings")).JsonAsync();

        Assert.Equal(runId, body.GetProperty("run").GetProperty("id").GetString());
        Assert.True(body.GetProperty("run").TryGetProperty("started_at", out _));
        Assert.True(body.GetProperty("run").TryGetProperty("finished_at", out _));
        Assert.Equal(["ring-a", "ring-b", "ring-c"], Ids(body));
        var ring = body.GetProperty("rings")[0];
        foreach (var field in (string[])["id", "score", "flagged", "size", "accounts", "signals", "evidence", "reasons"])
        {
            Assert.True(ring.TryGetProperty(field, out _), $"ring lacks '{field}'");
        }
    }

    [Theory]
    [InlineData("?minScore=0.5", "ring-a,ring-b")]
    [InlineData("?flagged=false", "ring-c")]
    [InlineData("?minSize=3", "ring-a,ring-c")]
    [InlineData("?signal=ip", "ring-b")]
    [InlineData("?sort=size", "ring-c,ring-a,ring-b")]
    public async Task ListRings_Filters_ReturnMatching(string query, string expected)
    {
        await RunAsync(TestData.Result());

        var body = await (await Get("/api/v1/rings" + query)).JsonAsync();

        Assert.Equal(expected, string.Join(',', Ids(body)));
    }

    [Fact]
    public async Task ListRings_PagedByTwo_CursorGivesTheRest()
    {
        await RunAsync(TestData.Result());

        var first = await (await Get("/api/v1/rings?limit=2")).JsonAsync();
        var cursor = first.GetProperty("next_cursor").GetString();
        var second = await (await Get($"/api/v1/rings?limit=2&cursor={Uri.EscapeDataString(cursor!)}")).JsonAsync();

        Assert.Equal(["ring-a", "ring-b"], Ids(first));
        Assert.Equal(["ring-c"], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("?minScore=2", "invalid_query")]
    [InlineData("?signal=email", "invalid_query")]
    [InlineData("?limit=0", "invalid_query")]
    [InlineData("?cursor=garbage", "invalid_cursor")]
    [InlineData("?minScore=high", "bad_request")]
    public async Task ListRings_BadQuery_Returns400Problem(string query, string code)
    {
        await RunAsync(TestData.Result());

        var response = await Get("/api/v1/rings" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetRing_KnownAndUnknown_200And404()
    {
        await RunAsync(TestData.Result());

        var known = await Get("/api/v1/rings/ring-b");
        var unknown = await Get("/api/v1/rings/ring-zzz");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(["x_1", "x_2"], (await known.JsonAsync()).GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ring_not_found", (await unknown.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ListRings_DuringNextRun_ServesOldRingsThenNewAfter()
    {
        var oldRun = await RunAsync(TestData.Result("old-"));
        _host.Detector.Hold = true;
        _host.Detector.Result = TestData.Result("new-");
        var response = await _host.ClientFor(TestKeys.Admin).PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken);
        var newRun = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await _host.Detector.Entered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var during = await (await Get("/api/v1/rings")).JsonAsync();
        var oldRingDuring = await Get("/api/v1/rings/old-ring-a");
        _host.Detector.Release();
        await _host.Runs.WaitFinishedAsync(newRun);
        var after = await (await Get("/api/v1/rings")).JsonAsync();

        Assert.Equal(oldRun, during.GetProperty("run").GetProperty("id").GetString());
        Assert.All(Ids(during), id => Assert.StartsWith("old-", id, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, oldRingDuring.StatusCode);
        Assert.Equal(newRun, after.GetProperty("run").GetProperty("id").GetString());
        Assert.All(Ids(after), id => Assert.StartsWith("new-", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRingAndAccount_ReadBeforeAndDuringNextRun_OldUntilPublishThenNewAtOnce()
    {
        await RunAsync(TestData.Result("old-"));
        var first = await Get("/api/v1/rings/old-ring-a"); // fills the in-memory read model of the old run
        var firstAccount = await (await Get("/api/v1/accounts/acc_1")).JsonAsync();
        _host.Detector.Hold = true;
        _host.Detector.Result = TestData.Result("new-");
        var response = await _host.ClientFor(TestKeys.Admin).PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken);
        var newRun = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await _host.Detector.Entered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var during = await Get("/api/v1/rings/old-ring-a");
        var duringAccount = await (await Get("/api/v1/accounts/acc_1")).JsonAsync();
        _host.Detector.Release();
        await _host.Runs.WaitFinishedAsync(newRun);
        var oldAfter = await Get("/api/v1/rings/old-ring-a");
        var newAfter = await Get("/api/v1/rings/new-ring-a");
        var afterAccount = await (await Get("/api/v1/accounts/acc_1")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType?.ToString());
        Assert.Equal("old-ring-a", (await first.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal("old-ring-a", firstAccount.GetProperty("ring").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal("old-ring-a", duringAccount.GetProperty("ring").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, oldAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newAfter.StatusCode);
        Assert.Equal(("new-ring-a", newRun),
            (afterAccount.GetProperty("ring").GetProperty("id").GetString(), afterAccount.GetProperty("ring").GetProperty("run_id").GetString()));
    }

    private async Task<string> RunAsync(LinkGraph.Core.Pipeline.DetectionResult result)
    {
        _host.Detector.Result = result;
        var response = await _host.ClientFor(TestKeys.Admin).PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(LinkGraph.Core.Pipeline.RunState.Succeeded, (await _host.Runs.WaitFinishedAsync(id)).State);
        return id;
    }

    private Task<HttpResponseMessage> Get(string path) =>
        _host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url(path), TestContext.Current.CancellationToken);

    private static List<string?> Ids(JsonElement body) =>
        body.GetProperty("rings").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

    public void Dispose() => _host.Dispose();
}
