using LinkGraph.Core.Linking;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Linking;

public sealed class LinkWeightsTests
{
    [Fact]
    public void IdentityBits_MoreAccounts_NeverMore()
    {
        var previous = double.MaxValue;
        foreach (var k in new[] { 2, 3, 5, 10, 100, 1_000, 20_000, 1_000_000 })
        {
            var bits = LinkWeights.IdentityBits(k);
            Assert.True(bits <= previous, $"k={k}");
            Assert.InRange(bits, LinkWeights.IdentityFloorBits, LinkWeights.IdentityCapBits);
            previous = bits;
        }
    }

    [Fact]
    public void TimingBits_LockstepBeatsSpreadCrowd()
    {
        const double Span = 60 * 86400.0;
        // Rates of users evenly spread over the span: k / D per second.
        var burst = LinkWeights.TimingBits(120, 200 / Span);
        var crowd = LinkWeights.TimingBits(Span / 5000, 5000 / Span);

        Assert.True(burst > 7, $"burst {burst}");
        Assert.True(crowd < 1.5, $"crowd {crowd}");
        Assert.True(LinkWeights.TimingBits(60, 10 / Span) >= LinkWeights.TimingBits(3600, 10 / Span));
    }

    [Fact]
    public void WaveBits_CrowdBeyondBaseRate_WeighsMore()
    {
        // A ten-minute bucket of sixty evenly busy days.
        const double Share = 600 / (60 * 86400.0);
        var previous = -1.0;
        foreach (var crowd in new[] { 2, 3, 5, 10, 50, 500 })
        {
            var bits = LinkWeights.WaveBits(crowd, 5_000, Share);
            Assert.True(bits >= previous, $"crowd={crowd}");
            Assert.InRange(bits, 0, LinkWeights.WaveCapBits);
            previous = bits;
        }

        // Two users of a popular prompt meeting in one bucket is expected; a wave of fifty on it is not.
        Assert.True(LinkWeights.WaveBits(2, 5_000, Share) < 1);
        Assert.Equal(LinkWeights.WaveCapBits, LinkWeights.WaveBits(50, 5_000, Share));
        // A strong link (12 bits) needs at least six shared waves.
        Assert.True(6 * LinkWeights.WaveCapBits >= 12);
    }
}
