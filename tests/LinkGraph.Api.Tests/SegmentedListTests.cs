using LinkGraph.Api.Ingest;

namespace LinkGraph.Api.Tests;

public sealed class SegmentedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(10_000)]
    public void Add_AcrossSegments_KeepsOrderAndCount(int count)
    {
        var list = new SegmentedList<int>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i * 3);
        }

        Assert.Equal(count, list.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3), list);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3), Enumerable.Range(0, count).Select(i => list[i]));
    }

    [Fact]
    public void Indexer_OutsideTheItems_Throws()
    {
        var list = new SegmentedList<string> { "a" };

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }
}
