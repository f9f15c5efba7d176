using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Tests.Rings;

public sealed class OverRepresentationTests
{
    [Theory]
    [InlineData(7, 300, 7, 10_000, true)]       // a card ring on a playbook template hydras also use
    [InlineData(150, 400, 200, 30_000, true)]   // a campaign on its own template
    [InlineData(3, 4_000, 3, 10_000, false)]    // a household asking a popular question
    [InlineData(90, 4_000, 300, 10_000, false)] // a company: no more of it than its share of everyone
    [InlineData(1, 2, 50, 10_000, false)]       // one member is not sharing
    [InlineData(2, 2, 2, 10_000, true)]         // a pair alone on a rare identifier
    [InlineData(4, 4, 5, 55, true)]             // most of its users, however small the population
    [InlineData(30, 1_000, 300, 1_000, false)]  // everyone is in the ring: no over-representation
    public void OverRepresented_KnownCases(int members, int users, int size, int accounts, bool expected)
    {
        Assert.Equal(expected, RingAnalyzer.OverRepresented(members, users, size, accounts));
    }
}
