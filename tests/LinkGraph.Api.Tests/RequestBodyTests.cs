using System.Net;
using System.Text;
using LinkGraph.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LinkGraph.Api.Tests;

/// <summary>
/// POST /events bodies over real HTTP, read into pooled buffers: sized from Content-Length when sent, grown while
/// reading when not (chunked), and still cut off at Ingest:MaxBodyBytes.
/// </summary>
public sealed class RequestBodyTests : IDisposable
{
    private readonly ApiHost _host = new(kestrel: true, settings: new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "1000000" });

    [Fact]
    public async Task PostEvents_ChunkedBodyLargerThanFirstBuffer_StoredWhole()
    {
        var body = Events(3000); // ~330 KB: several times the first buffer of a body without Content-Length

        var response = await Post(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))), chunked: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3000, (await response.JsonAsync()).GetProperty("stored").GetInt32());
        Assert.Equal(3000, _host.Services.GetRequiredService<IEventStore>().CountEvents());
    }

    [Fact]
    public async Task PostEvents_BodiesWithContentLengthBackToBack_EachStoredWhole()
    {
        // Pooled buffers are reused between requests: a smaller body after a larger one must not see its tail.
        var large = await Post(new StringContent(Events(2000, "l"), Encoding.UTF8, "application/x-ndjson"));
        var small = await Post(new StringContent(Events(10, "s"), Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal((2000, 10), ((await large.JsonAsync()).GetProperty("received").GetInt32(), (await small.JsonAsync()).GetProperty("received").GetInt32()));
        Assert.Equal(2010, _host.Services.GetRequiredService<IEventStore>().CountEvents());
    }

    [Fact]
    public async Task PostEvents_ChunkedBodyOverLimit_Returns413AndStoresNothing()
    {
        var response = await Post(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Events(12_000)))), chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Services.GetRequiredService<IEventStore>().CountEvents());
    }

    private static string Events(int count, string prefix = "c") => string.Concat(Enumerable.Range(0, count).Select(i =>
        $$"""{"type":"ip","account":"{{prefix}}_{{i % 97}}","at":"2026-02-01T12:00:00Z","value":"10.1.{{i % 200}}.{{i % 13}}","id":"{{prefix}}-{{i}}"}""" + "\n"));

    private async Task<HttpResponseMessage> Post(HttpContent content, bool chunked = false)
    {
        _host.StartServer();
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        using var request = new HttpRequestMessage(HttpMethod.Post, TestData.Url("/api/v1/events")) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return await _host.ClientFor(TestKeys.Ingest).SendAsync(request, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _host.Dispose();
}
