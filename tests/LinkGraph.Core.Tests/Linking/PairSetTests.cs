using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Tests.Linking;

public sealed class PairSetTests
{
    [Fact]
    public void Add_SameKeyTwice_SecondIsRejected()
    {
        var set = new PairSet();
        set.Reset(4);

        Assert.True(set.Add(LinkTable.Key(1, 2)));
        Assert.True(set.Add(LinkTable.Key(1, 3)));
        Assert.False(set.Add(LinkTable.Key(1, 2)));
    }

    [Fact]
    public void Reset_AfterAdds_SetIsEmptyAgain()
    {
        var set = new PairSet();
        set.Reset(4);
        set.Add(LinkTable.Key(1, 2));

        set.Reset(4);

        Assert.True(set.Add(LinkTable.Key(1, 2)));
    }

    [Fact]
    public void Add_ManyRandomKeysOverSeveralResets_AgreesWithHashSet()
    {
        var rng = new Random(7);
        var set = new PairSet();
        foreach (var (expected, adds) in new[] { (10, 50), (100_000, 300_000), (5, 20_000), (1_000, 1_000) })
        {
            // Expected sizes both too small (the set grows while filling) and generous (it is reused, not cleared).
            set.Reset(expected);
            var reference = new HashSet<long>();
            for (var i = 0; i < adds; i++)
            {
                var a = rng.Next(1, 2_000);
                var b = rng.Next(a + 1, 2_001);
                var key = LinkTable.Key(a, b);
                Assert.Equal(reference.Add(key), set.Add(key));
            }
        }
    }
}
