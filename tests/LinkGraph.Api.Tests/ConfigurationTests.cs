using System.Net;
using LinkGraph.Api.Composition;
using LinkGraph.Api.Security;
using Microsoft.Extensions.Configuration;

namespace LinkGraph.Api.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Validate_SeveralBadSections_ReportsEveryFailureAtOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Keys:0:Name"] = "ops",
            ["Auth:Keys:0:Sha256"] = "not-a-hash",
            ["Auth:Keys:0:Roles:0"] = "superuser",
            ["RateLimit:PermitLimit"] = "0",
            ["Ingest:MaxBodyBytes"] = "-5",
            ["Jobs:Cron"] = "every tuesday",
            ["Detection:FlagThreshold"] = "7",
        }).Build();

        var failures = ApiOptionsCheck.Validate(configuration);

        Assert.Contains(failures, f => f.Contains("Auth:Keys:0:Sha256", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("unknown role 'superuser'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("RateLimit:PermitLimit", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Ingest:MaxBodyBytes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Jobs:Cron", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Detection:", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("not-a-hash", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WrongTypedValue_ReportedWithTheOthers()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimit:PermitLimit"] = "lots",
            ["Jobs:RetainedRuns"] = "0",
        }).Build();

        var failures = ApiOptionsCheck.Validate(configuration);

        Assert.Equal(2, failures.Count);
    }

    [Fact]
    public void Validate_EmptyConfiguration_IsValid()
    {
        Assert.Empty(ApiOptionsCheck.Validate(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public async Task Start_NoKeyConfigured_GeneratesOwnerOnlyAdminKeyFileThatWorks()
    {
        using var host = new ApiHost(withKeys: false);
        var anonymous = host.ClientFor(null);
        var locked = await anonymous.GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);
        var keyFile = Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "linkgraph-admin.key");

        var key = (await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Trim();
        var unlocked = await host.ClientFor(key).GetAsync(TestData.Url("/api/v1/runs"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public void DevelopmentKey_SecondStart_ReusesTheKey()
    {
        var path = Path.Combine(Path.GetTempPath(), "lg-devkey-" + Guid.NewGuid().ToString("N"), "admin.key");
        try
        {
            var first = DevelopmentKey.LoadOrCreate(path);
            var second = DevelopmentKey.LoadOrCreate(path);

            Assert.Equal(first, second);
            Assert.True(first.Length >= 32);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void KeyRing_ConfiguredHashInUpperCase_MatchesThePresentedKey()
    {
        var ring = new ApiKeyRing(new Options.AuthOptions
        {
            Keys = [new() { Name = "ops", Sha256 = ApiKeyRing.Hash("k-0123456789abcdef").ToUpperInvariant(), Roles = ["reader"] }],
        });

        Assert.Equal("ops", ring.Find("k-0123456789abcdef")?.Name);
        Assert.Null(ring.Find("k-0123456789abcdeF"));
    }
}
