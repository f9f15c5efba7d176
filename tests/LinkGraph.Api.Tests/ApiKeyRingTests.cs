using LinkGraph.Api.Options;
using LinkGraph.Api.Security;

namespace LinkGraph.Api.Tests;

public sealed class ApiKeyRingTests
{
    [Fact]
    public void Find_ConfiguredHashInUpperCase_ReturnsItsIdentity()
    {
        var ring = new ApiKeyRing(new AuthOptions
        {
            Keys = [new ApiKeyOptions { Name = "dashboard", Sha256 = ApiKeyRing.Hash("reader-key-0123456789").ToUpperInvariant(), Roles = ["reader"] }],
        });

        var identity = ring.Find("reader-key-0123456789");

        Assert.Equal("dashboard", identity?.Name);
        Assert.Equal(["reader"], identity!.Roles);
        Assert.Null(ring.Find("reader-key-012345678"));
        Assert.Null(ring.Find(""));
    }

    [Fact]
    public void Find_BootstrapDevelopmentAndLongKeys_EachFoundOnlyByItself()
    {
        var longKey = new string('k', 5000) + "é"; // over the stack buffer, not ASCII
        var ring = new ApiKeyRing(
            new AuthOptions
            {
                BootstrapKey = "bootstrap-key-0123456789",
                Keys = [new ApiKeyOptions { Name = "long", Sha256 = ApiKeyRing.Hash(longKey), Roles = ["ingest"] }],
            },
            developmentKey: "development-key-0123456789");

        Assert.Equal(3, ring.Count);
        Assert.Equal("bootstrap", ring.Find("bootstrap-key-0123456789")?.Name);
        Assert.Equal("development", ring.Find("development-key-0123456789")?.Name);
        Assert.Equal("long", ring.Find(longKey)?.Name);
        Assert.Null(ring.Find(longKey[..^1]));
    }
}
