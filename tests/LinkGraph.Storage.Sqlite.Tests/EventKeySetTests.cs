namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class EventKeySetTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 40)]
    [InlineData(4, 63)]
    public void Add_RandomKeysWithRepeats_AgreesWithHashSet(int seed, int lowBitsZeroed)
    {
        // Keys that differ only in their high bits (low bits zeroed) must spread as well as random ones.
        var random = new Random(seed);
        var set = new EventKeySet();
        var reference = new HashSet<long>();
        var keys = new List<long> { 0, long.MinValue, long.MaxValue, -1 };
        for (var i = 0; i < 20_000; i++)
        {
            keys.Add(random.NextInt64(long.MinValue, long.MaxValue) >> lowBitsZeroed << lowBitsZeroed);
        }

        for (var i = 0; i < 40_000; i++)
        {
            var key = keys[random.Next(keys.Count)];
            Assert.Equal(reference.Add(key), set.Add(key));
        }

        Assert.Equal(reference.Count, set.Count);
        Assert.All(keys, k => Assert.Equal(reference.Contains(k), set.Contains(k)));
        for (var i = 0; i < 1000; i++)
        {
            var other = random.NextInt64(long.MinValue, long.MaxValue) >> lowBitsZeroed << lowBitsZeroed;
            Assert.Equal(reference.Contains(other), set.Contains(other));
        }
    }

    [Fact]
    public void AddRange_ChunksWithRepeatsAndZero_AgreesWithHashSet()
    {
        var random = new Random(5);
        var set = new EventKeySet();
        var reference = new HashSet<long>();
        for (var chunk = 0; chunk < 20; chunk++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 5000)).Select(_ => random.Next(4) == 0 ? random.Next(100) : random.NextInt64()).ToArray();
            set.AddRange(keys);
            reference.UnionWith(keys);
            Assert.Equal(reference.Count, set.Count);
        }

        Assert.All(reference, k => Assert.True(set.Contains(k)));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.NextInt64()), k => Assert.Equal(reference.Contains(k), set.Contains(k)));
    }

    [Fact]
    public void EnsureCapacity_ThenAdd_KeepsEveryKey()
    {
        var set = new EventKeySet();
        for (long key = 1; key <= 1000; key++)
        {
            set.Add(key * 7919);
        }

        set.EnsureCapacity(100_000);
        for (long key = 1; key <= 1000; key++)
        {
            Assert.False(set.Add(key * 7919));
        }

        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.Equal(1001, set.Count);
        Assert.False(set.Contains(7918));
    }
}
