using LinkGraph.Graph.Community;
using LinkGraph.Graph.Tests.KnownGraphs;
using LinkGraph.Graph.Tests.Reference;

namespace LinkGraph.Graph.Tests;

public class ModularityTests
{
    [Fact]
    public void Compute_ZacharyClubSplit_KnownValue()
    {
        // The two factions after the split (Zachary 1977); 0.3582 per networkx and igraph.
        int[] hi = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17, 18, 20, 22];
        var membership = new int[34];
        Array.Fill(membership, 1);
        foreach (var v in hi)
        {
            membership[v - 1] = 0;
        }

        Assert.Equal(0.3582347140039448, Modularity.Compute(Zoo.Zachary(), membership), 12);
    }

    [Fact]
    public void Compute_AllInOneCommunity_Zero()
    {
        Assert.Equal(0.0, Modularity.Compute(Zoo.Zachary(), new int[34]), 12);
    }

    [Fact]
    public void Compute_Edgeless_Zero()
    {
        Assert.Equal(0.0, Modularity.Compute(Zoo.Edgeless(4), [0, 1, 2, 3]));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.5)]
    [InlineData(3, 2.0)]
    public void Compute_RandomPartitionsOfWeightedGraph_EqualsNaiveReference(int seed, double resolution)
    {
        var graph = Zoo.Planted(seed, 60, 4, 0.3, 0.05, weighted: true);
        var random = new Random(seed);
        var membership = new int[60];
        for (var v = 0; v < 60; v++)
        {
            membership[v] = random.Next(7);
        }

        Assert.Equal(NaiveModularity.Compute(graph, membership, resolution), Modularity.Compute(graph, membership, resolution), 12);
        Assert.Equal(NaiveModularity.Cpm(graph, membership, resolution), Cpm.Compute(graph, membership, resolution), 9);
    }

    [Fact]
    public void Compute_SelfLoops_EqualsNaiveReference()
    {
        var graph = Zoo.RingWithSelfLoops();
        int[] membership = [0, 0, 0, 1, 1, 2];

        Assert.Equal(NaiveModularity.Compute(graph, membership), Modularity.Compute(graph, membership), 12);
    }

    [Fact]
    public void Compute_MembershipLengthWrong_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Modularity.Compute(Zoo.Zachary(), new int[3]));

        Assert.Contains("3 entries but the graph has 34 nodes", ex.Message, StringComparison.Ordinal);
    }
}
