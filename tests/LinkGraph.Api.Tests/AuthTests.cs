using System.Net;

namespace LinkGraph.Api.Tests;

/// <summary>Every route but health needs a key; 401 when there is none or it is unknown, 403 when its role falls short.</summary>
public sealed class AuthTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Theory]
    [InlineData("GET", "/api/v1/rings")]
    [InlineData("GET", "/api/v1/runs")]
    [InlineData("POST", "/api/v1/runs")]
    [InlineData("GET", "/api/v1/accounts/acc_1")]
    [InlineData("POST", "/api/v1/events")]
    public async Task AnyRoute_NoKey_Returns401ProblemWithChallenge(string method, string path)
    {
        var response = await _host.ClientFor(null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("unauthorized", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rings_UnknownKey_Returns401()
    {
        var response = await _host.ClientFor(TestKeys.Unknown).GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(TestKeys.Reader, "POST", "/api/v1/runs")]
    [InlineData(TestKeys.Reader, "POST", "/api/v1/events")]
    [InlineData(TestKeys.Ingest, "GET", "/api/v1/rings")]
    [InlineData(TestKeys.Ingest, "GET", "/api/v1/runs")]
    [InlineData(TestKeys.Ingest, "POST", "/api/v1/runs")]
    public async Task Route_KeyWithoutRole_Returns403Problem(string key, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = TestData.Body(TestData.Ndjson()) };

        var response = await _host.ClientFor(key).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rings_ReaderKeyInXApiKeyHeader_Returns200()
    {
        var client = _host.ClientFor(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.Reader);

        var response = await client.GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Events_AdminKey_IsAllowedEverything()
    {
        var client = _host.ClientFor(TestKeys.Admin);

        var post = await client.PostAsync(TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson()), TestContext.Current.CancellationToken);
        var get = await client.GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (post.StatusCode, get.StatusCode));
    }

    public void Dispose() => _host.Dispose();
}
