using LinkGraph.Synthetic.World;

namespace LinkGraph.Synthetic.Tests.World;

public sealed class SeedFamilyTests
{
    [Theory]
    [InlineData(1UL, "tuning")]
    [InlineData(999UL, "tuning")]
    [InlineData(1000UL, "validation")]
    [InlineData(123456UL, "validation")]
    public void Of_Seed_NamesItsFamily(ulong seed, string family)
    {
        Assert.Equal(family, SeedFamily.Of(seed).Name);
        Assert.True(SeedFamily.ByName(family).Contains(seed));
    }

    [Fact]
    public void ByName_Unknown_Throws()
    {
        Assert.Throws<ArgumentException>(() => SeedFamily.ByName("test"));
    }
}
