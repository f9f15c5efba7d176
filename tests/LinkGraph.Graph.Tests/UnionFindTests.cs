namespace LinkGraph.Graph.Tests;

public class UnionFindTests
{
    [Fact]
    public void Union_TwoSingletons_MergesAndReportsChange()
    {
        var uf = new UnionFind(4);

        Assert.True(uf.Union(0, 1));
        Assert.False(uf.Union(1, 0));
        Assert.Equal(uf.Find(0), uf.Find(1));
        Assert.NotEqual(uf.Find(0), uf.Find(2));
        Assert.Equal(2, uf.SizeOf(1));
        Assert.Equal(1, uf.SizeOf(3));
        Assert.Equal(3, uf.SetCount);
    }

    [Fact]
    public void Union_Chain_AllInOneSetOfFullSize()
    {
        var uf = new UnionFind(100);
        for (var i = 0; i + 1 < 100; i++)
        {
            uf.Union(i, i + 1);
        }

        Assert.Equal(100, uf.SizeOf(57));
        Assert.Equal(1, uf.SetCount);
        Assert.Equal(uf.Find(0), uf.Find(99));
    }

    [Fact]
    public void Find_OutOfRange_ThrowsWithRange()
    {
        var uf = new UnionFind(3);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => uf.Find(3));

        Assert.Contains("outside 0..2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_Empty_HasNoSets()
    {
        var uf = new UnionFind(0);

        Assert.Equal(0, uf.Count);
        Assert.Equal(0, uf.SetCount);
    }
}
