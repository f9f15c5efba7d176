using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Tests.Rings;

public sealed class RingTimingTests
{
    [Fact]
    public void InBursts_KnownTimes_CountsMembersWithEnoughNeighbours()
    {
        // 0, 100 and 200 each have two others within half an hour; 5000 has none, 9000 and 9100 one each.
        List<long> times = [9100, 0, 5000, 200, 9000, 100];

        Assert.Equal(3, RingTiming.InBursts(times, 1800, 2));
        Assert.Equal(5, RingTiming.InBursts(times, 1800, 1));
        Assert.Equal(0, RingTiming.InBursts(times, 1800, 3));
        Assert.Equal(6, RingTiming.InBursts(times, 10_000, 5));
    }

    [Fact]
    public void BurstMinAccounts_GrowsWithRingSize()
    {
        Assert.Equal(RingTiming.BurstFloor, RingTiming.BurstMinAccounts(3));
        Assert.Equal(10, RingTiming.BurstMinAccounts(191));
        Assert.Equal(125, RingTiming.BurstMinAccounts(2500));
    }

    [Fact]
    public void InBursts_SteadyTrickleAtTheRingsOwnPace_IsNoBurst()
    {
        // 2,500 students signing up over a week, a dozen an hour: each has about 90 others within three hours,
        // under the 125 a ring of that size needs; a campaign of 191 creating 25 accounts in 40 minutes a day is.
        var trickle = Enumerable.Range(0, 2500).Select(i => (long)i * 7 * 86400 / 2500).ToList();
        var campaign = Enumerable.Range(0, 191).Select(i => ((long)(i / 25) * 86400) + ((i % 25) * 100)).ToList();

        Assert.Equal(0, RingTiming.InBursts(trickle, RingTiming.BurstHalfWindowSeconds, RingTiming.BurstMinAccounts(2500)));
        Assert.Equal(191, RingTiming.InBursts(campaign, RingTiming.BurstHalfWindowSeconds, RingTiming.BurstMinAccounts(191)));
    }
}
