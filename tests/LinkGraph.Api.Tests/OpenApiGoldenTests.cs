using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LinkGraph.Api.Tests;

/// <summary>
/// The OpenAPI document is a public contract: it must not change by accident. The served document is compared
/// with Golden/openapi.v1.json; a deliberate change refreshes that file in the same commit (UPDATE_GOLDEN=1).
/// </summary>
public sealed class OpenApiGoldenTests
{
    private const string GoldenName = "openapi.v1.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task OpenApiDocument_Served_MatchesGoldenFile()
    {
        using var host = new ApiHost();
        var served = await FetchAsync(host);
        var goldenSource = SourceGoldenPath();

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(goldenSource, served, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"Rewrote {goldenSource}: review its diff and commit it.");
            return;
        }

        var goldenPath = Path.Combine(AppContext.BaseDirectory, "Golden", GoldenName);
        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing. {RefreshHint(goldenSource)}");
        var golden = (await File.ReadAllTextAsync(goldenPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        if (golden != served)
        {
            Assert.Fail($"The OpenAPI document differs from the golden file {goldenSource}.\n{FirstDifference(golden, served)}\n{RefreshHint(goldenSource)}");
        }
    }

    [Fact]
    public async Task OpenApiDocument_KestrelAndInMemoryHosts_AreIdentical()
    {
        using var kestrel = new ApiHost(kestrel: true);
        kestrel.StartServer();
        using var inMemory = new ApiHost();

        var overHttp = await FetchAsync(kestrel);
        var overTestServer = await FetchAsync(inMemory);

        // No server URL, port or host name may leak into the document: it would differ per run.
        Assert.Equal(overTestServer, overHttp);
        Assert.DoesNotContain("127.0.0.1", overHttp, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", overHttp, StringComparison.Ordinal);
    }

    /// <summary>The served document, re-indented the same way every time (the golden file's format).</summary>
    private static async Task<string> FetchAsync(ApiHost host)
    {
        var response = await host.ClientFor(null).GetAsync(TestData.Url("/openapi/v1.json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return JsonSerializer.Serialize(document.RootElement, Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static string RefreshHint(string goldenSource) =>
        "If the change is intended, refresh the golden file with\n" +
        "  UPDATE_GOLDEN=1 dotnet test tests/LinkGraph.Api.Tests --filter FullyQualifiedName~OpenApiGoldenTests\n" +
        $"then review and commit the diff of {goldenSource}.";

    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var a = i < want.Length ? want[i] : "<end of file>";
            var b = i < got.Length ? got[i] : "<end of file>";
            if (a != b)
            {
                return $"First difference at line {i + 1}:\n  golden: {a.Trim()}\n  served: {b.Trim()}";
            }
        }

        return "The documents differ only in line endings.";
    }

    private static string SourceGoldenPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden", GoldenName);
}
