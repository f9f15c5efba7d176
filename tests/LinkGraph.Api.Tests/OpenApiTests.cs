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

    [Fact]
    public async Task OpenApiDocument_EveryKeyedOperation_NamesItsRoleAndAuthErrors()
    {
        var response = await _host.ClientFor(null).GetAsync(TestData.Url("/openapi/v1.json"), TestContext.Current.CancellationToken);
        var paths = (await response.JsonAsync()).GetProperty("paths");

        var roles = new Dictionary<string, string>();
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                var security = operation.Value.GetProperty("security");
                if (path.Name.StartsWith("/health", StringComparison.Ordinal))
                {
                    Assert.Equal(0, security.GetArrayLength());
                    continue;
                }

                foreach (var code in new[] { "401", "403", "429" })
                {
                    Assert.True(responses.TryGetProperty(code, out _), $"{operation.Name} {path.Name} lacks {code}");
                }

                Assert.Equal(2, security.GetArrayLength());
                roles[$"{operation.Name} {path.Name}"] = security[0].GetProperty("Bearer")[0].GetString()!;
            }
        }

        Assert.Equal("ingest", roles["post /api/v1/events"]);
        Assert.Equal("admin", roles["post /api/v1/runs"]);
        Assert.Equal("reader", roles["get /api/v1/rings/{id}"]);
        Assert.Equal("reader", roles["get /api/v1/accounts/{id}"]);
        Assert.True(paths.GetProperty("/api/v1/accounts/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.TryGetProperty("/health", out _) && paths.TryGetProperty("/health/live", out _));
    }

    public void Dispose() => _host.Dispose();
}
