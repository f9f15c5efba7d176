using System.Net;
using System.Text.Json;

namespace LinkGraph.Api.Tests;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task Health_NoKey_ReportsStoreAndSchedulerHealthy()
    {
        var client = _host.ClientFor(null);
        await _host.WaitForSchedulerAsync();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthLive_NoKey_Returns200()
    {
        var response = await _host.ClientFor(null).GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
