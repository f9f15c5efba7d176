using System.Net;

namespace LinkGraph.Api.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly ApiHost _host = new(settings: new Dictionary<string, string?>
    {
        ["RateLimit:PermitLimit"] = "2",
        ["RateLimit:Window"] = "01:00:00",
    });

    [Fact]
    public async Task Rings_OverPerKeyLimit_Returns429WithRetryAfterAndOtherKeysUnaffected()
    {
        var reader = _host.ClientFor(TestKeys.Reader);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken)).StatusCode);
        }

        var limited = await reader.GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken);
        var otherKey = await _host.ClientFor(TestKeys.Admin).GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken);
        var health = await _host.ClientFor(null).GetAsync(TestData.Url("/health/live"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("rate_limited", (await limited.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
