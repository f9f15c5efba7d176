using LinkGraph.Graph.Community;
using LinkGraph.Graph.Tests.KnownGraphs;
using LinkGraph.Graph.Tests.Reference;

namespace LinkGraph.Graph.Tests;

public class LeidenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Run_TwoCliquesJoinedByBridge_FindsTwoCommunities()
    {
        var result = Leiden.Run(Zoo.TwoCliquesWithBridge(5), new LeidenOptions(), Ct);

        Assert.Equal(2, result.CommunityCount);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], result.Membership);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Run_Zachary_ModularityAtLeast0415AndAtMostOptimum(int seed)
    {
        var graph = Zoo.Zachary();

        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed }, Ct);

        Assert.InRange(result.Quality, 0.415, 0.4197897);
        Assert.Equal(NaiveModularity.Compute(graph, result.Membership), result.Quality, 12);
    }

    [Fact]
    public void Run_DisjointRings_OneCommunityPerRing()
    {
        var result = Leiden.Run(Zoo.TwoRings(3, 6), new LeidenOptions(), Ct);

        Assert.Equal(3, result.CommunityCount);
        for (var v = 0; v < 18; v++)
        {
            Assert.Equal(v / 6, result.Membership[v]);
        }
    }

    [Fact]
    public void Run_IsolatedVertices_EachAlone()
    {
        var builder = new CsrGraphBuilder(6);
        builder.AddEdge(1, 2);
        builder.AddEdge(2, 4);
        builder.AddEdge(1, 4);

        var result = Leiden.Run(builder.Build(), new LeidenOptions(), Ct);

        Assert.Equal([0, 1, 1, 2, 1, 3], result.Membership);
        Assert.Equal(4, result.CommunityCount);
    }

    [Fact]
    public void Run_Edgeless_SingletonsQualityZero()
    {
        var result = Leiden.Run(Zoo.Edgeless(4), new LeidenOptions(), Ct);

        Assert.Equal([0, 1, 2, 3], result.Membership);
        Assert.Equal(0.0, result.Quality);
    }

    [Fact]
    public void Run_NullGraph_EmptyResult()
    {
        var result = Leiden.Run(Zoo.NullGraph(), new LeidenOptions(), Ct);

        Assert.Empty(result.Membership);
        Assert.Equal(0, result.CommunityCount);
        Assert.Equal(0.0, result.Quality);
    }

    [Fact]
    public void Run_RingWithSelfLoops_QualityMatchesNaive()
    {
        var graph = Zoo.RingWithSelfLoops();

        var result = Leiden.Run(graph, new LeidenOptions(), Ct);

        Assert.Equal(NaiveModularity.Compute(graph, result.Membership), result.Quality, 12);
        Assert.InRange(result.CommunityCount, 1, 6);
    }

    [Fact]
    public void Run_SelfLoopsOnly_EachNodeAlone()
    {
        var builder = new CsrGraphBuilder(3);
        builder.AddEdge(0, 0);
        builder.AddEdge(1, 1, 3.0);

        var graph = builder.Build();
        var result = Leiden.Run(graph, new LeidenOptions(), Ct);

        Assert.Equal([0, 1, 2], result.Membership);
        Assert.Equal(NaiveModularity.Compute(graph, result.Membership), result.Quality, 12);
    }

    [Fact]
    public void Run_CpmOnRingOfCliques_FindsEachClique()
    {
        // Modularity's resolution limit merges neighbouring cliques here; CPM at γ = 0.5 does not.
        var graph = Zoo.RingOfCliques(30, 5);

        var result = Leiden.Run(graph, new LeidenOptions { Objective = LeidenObjective.Cpm, Resolution = 0.5 }, Ct);

        Assert.Equal(30, result.CommunityCount);
        for (var v = 0; v < 150; v++)
        {
            Assert.Equal(v / 5, result.Membership[v]);
        }

        Assert.Equal(NaiveModularity.Cpm(graph, result.Membership, 0.5), result.Quality, 9);
    }

    [Fact]
    public void Run_HighResolution_MoreCommunities()
    {
        var graph = Zoo.Zachary();

        var low = Leiden.Run(graph, new LeidenOptions { Resolution = 0.5 }, Ct);
        var high = Leiden.Run(graph, new LeidenOptions { Resolution = 2.0 }, Ct);

        Assert.True(high.CommunityCount > low.CommunityCount, $"{high.CommunityCount} communities at γ=2, {low.CommunityCount} at γ=0.5");
    }

    [Fact]
    public void Run_FixedIterations_RunsExactlyThatMany()
    {
        var result = Leiden.Run(Zoo.Zachary(), new LeidenOptions { Iterations = 1 }, Ct);

        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void Run_ZeroIterations_ReturnsCanonicalInitialMembership()
    {
        // The club's two factions (both connected), under arbitrary ids.
        int[] hi = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17, 18, 20, 22];
        var initial = new int[34];
        Array.Fill(initial, 5);
        foreach (var v in hi)
        {
            initial[v - 1] = 2;
        }

        var result = Leiden.Run(Zoo.Zachary(), new LeidenOptions { Iterations = 0, InitialMembership = initial }, Ct);

        Assert.Equal(0, result.Iterations);
        Assert.Equal(2, result.CommunityCount);
        Assert.Equal(0, result.Membership[0]);
        Assert.Equal(1, result.Membership[33]);
    }

    [Fact]
    public void Run_WarmStartFromConvergedResult_KeepsItInOneIteration()
    {
        var graph = Zoo.Planted(7, 120, 4, 0.4, 0.02);
        var first = Leiden.Run(graph, new LeidenOptions { Seed = 3 }, Ct);

        var again = Leiden.Run(graph, new LeidenOptions { Seed = 99, InitialMembership = first.Membership }, Ct);

        Assert.Equal(first.Membership, again.Membership);
        Assert.Equal(1, again.Iterations);
    }

    [Fact]
    public void Run_WarmStart_NeverWorseThanStart()
    {
        var graph = Zoo.Zachary();
        var initial = new int[34];
        for (var v = 0; v < 34; v++)
        {
            initial[v] = v % 3;
        }

        var result = Leiden.Run(graph, new LeidenOptions { InitialMembership = initial, Iterations = 1 }, Ct);

        Assert.True(result.Quality >= Modularity.Compute(graph, initial), "warm start lowered modularity");
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Leiden.Run(Zoo.Zachary(), new LeidenOptions(), cts.Token));
    }

    [Theory]
    [InlineData(double.NaN, 0.01, 1, "Resolution is NaN")]
    [InlineData(-1.0, 0.01, 1, "Resolution is -1")]
    [InlineData(1.0, 0.0, 1, "Beta is 0")]
    [InlineData(1.0, double.PositiveInfinity, 1, "Beta is")]
    [InlineData(1.0, 0.01, 0, "MaxDegreeOfParallelism is 0")]
    public void Run_InvalidOptions_ThrowWithValueInMessage(double resolution, double beta, int threads, string expected)
    {
        var options = new LeidenOptions { Resolution = resolution, Beta = beta, MaxDegreeOfParallelism = threads };

        var ex = Assert.Throws<ArgumentException>(() => Leiden.Run(Zoo.Zachary(), options, Ct));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InitialMembershipWrongLength_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Leiden.Run(Zoo.Zachary(), new LeidenOptions { InitialMembership = new int[33] }, Ct));

        Assert.Contains("33 entries but the graph has 34 nodes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InitialMembershipNegative_Throws()
    {
        var initial = new int[34];
        initial[5] = -2;

        var ex = Assert.Throws<ArgumentException>(() => Leiden.Run(Zoo.Zachary(), new LeidenOptions { InitialMembership = initial }, Ct));

        Assert.Contains("InitialMembership[5] is -2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Leiden.Run(null!, new LeidenOptions(), Ct));
        Assert.Throws<ArgumentNullException>(() => Leiden.Run(Zoo.Zachary(), null!, Ct));
    }
}
