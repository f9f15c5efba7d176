using System.Net;
using LinkGraph.Core.Errors;

namespace LinkGraph.Api.Tests;

public sealed class RunsEndpointsTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task StartRun_Admin_Returns202WithLocationAndQueuedRun()
    {
        var response = await _host.ClientFor(TestKeys.Admin).PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await response.JsonAsync();
        var id = run.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/runs/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("queued", run.GetProperty("state").GetString());
        Assert.Equal("api", run.GetProperty("trigger").GetString());
        await _host.Runs.WaitFinishedAsync(id);
    }

    [Fact]
    public async Task GetRun_DuringAndAfterRun_MovesThroughStagesToSucceeded()
    {
        _host.Detector.Hold = true;
        _host.Detector.Result = TestData.Result();
        var client = _host.ClientFor(TestKeys.Admin);
        var id = (await (await client.PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetString()!;
        await _host.Detector.Entered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var during = await (await client.GetAsync(TestData.Url($"/api/v1/runs/{id}"), TestContext.Current.CancellationToken)).JsonAsync();
        _host.Detector.Release();
        await _host.Runs.WaitFinishedAsync(id);
        var after = await (await client.GetAsync(TestData.Url($"/api/v1/runs/{id}"), TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal(("running", "score", 80.0), (during.GetProperty("state").GetString(), during.GetProperty("stage").GetString(), during.GetProperty("percent").GetDouble()));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, during.GetProperty("started_at").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, during.GetProperty("finished_at").ValueKind);
        Assert.Equal(("succeeded", "publish", 100.0), (after.GetProperty("state").GetString(), after.GetProperty("stage").GetString(), after.GetProperty("percent").GetDouble()));
        Assert.Equal((9, 6, 3, 2), (after.GetProperty("accounts").GetInt32(), after.GetProperty("links").GetInt32(), after.GetProperty("rings").GetInt32(), after.GetProperty("flagged_rings").GetInt32()));
        Assert.Equal("signals", after.GetProperty("stages")[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("failure_reason").ValueKind);
    }

    [Fact]
    public async Task GetRun_DetectorThrows_FailedWithReason()
    {
        _host.Detector.Failure = new LinkGraphException("source_unreadable", "the event store could not be read");
        var client = _host.ClientFor(TestKeys.Admin);
        var id = (await (await client.PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetString()!;
        await _host.Runs.WaitFinishedAsync(id);

        var run = await (await client.GetAsync(TestData.Url($"/api/v1/runs/{id}"), TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal("failed", run.GetProperty("state").GetString());
        Assert.Contains("the event store could not be read", run.GetProperty("failure_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRun_Unknown_Returns404Problem()
    {
        var response = await _host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url("/api/v1/runs/run-nope"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("run_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ListRuns_TwoRuns_MostRecentFirst()
    {
        var admin = _host.ClientFor(TestKeys.Admin);
        var first = (await (await admin.PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetString()!;
        await _host.Runs.WaitFinishedAsync(first);
        var second = (await (await admin.PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetString()!;
        await _host.Runs.WaitFinishedAsync(second);

        var runs = (await (await _host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url("/api/v1/runs?limit=5"), TestContext.Current.CancellationToken)).JsonAsync())
            .GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

        Assert.Equal([second, first], runs);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("many")]
    public async Task ListRuns_BadLimit_Returns400(string limit)
    {
        var response = await _host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url($"/api/v1/runs?limit={limit}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _host.Dispose();
}
