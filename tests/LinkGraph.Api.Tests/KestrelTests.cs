using System.Net;

namespace LinkGraph.Api.Tests;

/// <summary>Real HTTP on 127.0.0.1: TestServer does not enforce Kestrel's request body limit.</summary>
public sealed class KestrelTests : IDisposable
{
    private readonly ApiHost _host = new(kestrel: true, settings: new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "2048" });

    [Fact]
    public async Task PostEvents_BodyOverLimit_Returns413ProblemAndStoresNothing()
    {
        _host.StartServer();
        var client = _host.ClientFor(TestKeys.Ingest);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        var big = string.Concat(Enumerable.Range(0, 40).Select(i => TestData.Ndjson($"big{i}")));

        var response = await client.PostAsync(TestData.Url("/api/v1/events"), TestData.Body(big), TestContext.Current.CancellationToken);
        var small = await client.PostAsync(TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(7, (await small.JsonAsync()).GetProperty("stored").GetInt32());
    }

    public void Dispose() => _host.Dispose();
}
