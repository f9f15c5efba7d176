using System.Net;

namespace LinkGraph.Api.Tests;

public sealed class OpenApiTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task OpenApiDocument_NoKey_ListsEveryContractRouteAndKeySchemes()
    {
        var response = await _host.ClientFor(null).GetAsync(TestData.Url("/openapi/v1.json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/v1/events", "post"), ("/api/v1/runs", "post"), ("/api/v1/runs", "get"), ("/api/v1/runs/{id}", "get"),
            ("/api/v1/rings", "get"), ("/api/v1/rings/{id}", "get"), ("/api/v1/accounts/{id}", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} missing");
        }

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.True(schemes.TryGetProperty("Bearer", out _));
        Assert.True(schemes.TryGetProperty("ApiKey", out _));
    }

    public void Dispose() => _host.Dispose();
}
