using System.Net;
using LinkGraph.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LinkGraph.Api.Tests;

/// <remarks>A database locked by another process used to answer POST /events with a 500: the client could not tell
/// that the same batch, sent again a moment later, would be stored.</remarks>
public sealed class StoreBusyTests : IDisposable
{
    private readonly ApiHost _host = new(testServices: services =>
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IEventStore)));
        services.AddSingleton<IEventStore, BusyEventStore>();
    });

    [Fact]
    public async Task PostEvents_StoreBusy_503WithRetryAfterAndCode()
    {
        var response = await _host.ClientFor(TestKeys.Ingest).PostAsync(
            TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("store_busy", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    public void Dispose() => _host.Dispose();
}
