using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;

namespace LinkGraph.Core.Tests.Events;

public sealed class NormalizedEventTests
{
    [Fact]
    public void KeyHash_IsXxHash64OfTheKeyAsSigned()
    {
        var e = new NormalizedEvent("id:ev-9", EventType.Payment, "a", DateTimeOffset.UnixEpoch, []);

        Assert.Equal(unchecked((long)XxHash64.Hash("id:ev-9")), e.KeyHash);
    }

    [Fact]
    public void KeyHash_CopyWithAnotherKey_HashesTheNewKey()
    {
        var e = new NormalizedEvent("id:ev-9", EventType.Payment, "a", DateTimeOffset.UnixEpoch, []);

        var copy = e with { EventKey = "id:ev-10" };

        Assert.Equal(unchecked((long)XxHash64.Hash("id:ev-10")), copy.KeyHash);
        Assert.Equal(unchecked((long)XxHash64.Hash("id:ev-9")), e.KeyHash);
    }
}
