using System.Globalization;
using System.Net;

namespace LinkGraph.Api.Tests;

public sealed class ServerTimingTests
{
    [Fact]
    public async Task Get_ServerTimingOn_HeaderCarriesDuration()
    {
        using var host = new ApiHost(settings: new Dictionary<string, string?> { ["Diagnostics:ServerTiming"] = "true" });

        var ok = await host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);
        var unauthorized = await host.ClientFor(null).GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(Duration(ok) >= 0);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.True(Duration(unauthorized) >= 0);
    }

    [Fact]
    public async Task Get_Default_NoServerTimingHeader()
    {
        using var host = new ApiHost();

        var response = await host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server-Timing"));
    }

    private static double Duration(HttpResponseMessage response)
    {
        var value = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.StartsWith("app;dur=", value, StringComparison.Ordinal);
        return double.Parse(value["app;dur=".Length..], CultureInfo.InvariantCulture);
    }
}
