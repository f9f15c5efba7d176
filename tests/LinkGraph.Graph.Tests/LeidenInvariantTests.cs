using LinkGraph.Graph.Community;
using LinkGraph.Graph.Tests.KnownGraphs;
using LinkGraph.Graph.Tests.Reference;

namespace LinkGraph.Graph.Tests;

/// <summary>Properties every Leiden result must have, checked over the zoo and seeded random graphs.</summary>
public class LeidenInvariantTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "zachary", "cliques", "rings", "ring-of-cliques", "self-loops", "planted", "planted-weighted", "sparse" })
        {
            foreach (var seed in new[] { 0, 1, 2 })
            {
                data.Add(name, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Modularity_QualityEqualsNaiveReference(string name, int seed)
    {
        var graph = Build(name, seed);

        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed }, TestContext.Current.CancellationToken);

        Assert.True(
            Math.Abs(NaiveModularity.Compute(graph, result.Membership) - result.Quality) < 1e-10,
            $"{name} seed {seed}: reported {result.Quality}, naive {NaiveModularity.Compute(graph, result.Membership)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Cpm_QualityEqualsNaiveReference(string name, int seed)
    {
        var graph = Build(name, seed);

        var result = Leiden.Run(graph, new LeidenOptions { Objective = LeidenObjective.Cpm, Resolution = 0.1, Seed = seed }, TestContext.Current.CancellationToken);

        Assert.True(
            Math.Abs(NaiveModularity.Cpm(graph, result.Membership, 0.1) - result.Quality) < 1e-8,
            $"{name} seed {seed}: reported {result.Quality}, naive {NaiveModularity.Cpm(graph, result.Membership, 0.1)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_EveryCommunity_IsConnected(string name, int seed)
    {
        var graph = Build(name, seed);

        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed, Iterations = 1 }, TestContext.Current.CancellationToken);

        // Components inside communities: as many as communities means none is split.
        var parts = BfsComponents.Compute(graph, result.Membership);
        Assert.True(parts.Max() + 1 == result.CommunityCount, $"{name} seed {seed}: a community is disconnected");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Converged_NoSingleMoveImprovesModularity(string name, int seed)
    {
        var graph = Build(name, seed);
        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed }, TestContext.Current.CancellationToken);
        var membership = (int[])result.Membership.Clone();
        var baseline = Modularity.Compute(graph, membership);

        for (var v = 0; v < graph.NodeCount; v++)
        {
            var own = membership[v];
            var candidates = new HashSet<int> { result.CommunityCount };
            foreach (var t in graph.Neighbors(v))
            {
                candidates.Add(membership[t]);
            }

            foreach (var c in candidates)
            {
                if (c == own)
                {
                    continue;
                }

                membership[v] = c;
                var moved = Modularity.Compute(graph, membership);
                membership[v] = own;
                Assert.True(moved <= baseline + 1e-12, $"{name} seed {seed}: moving node {v} to {c} raises modularity {baseline} -> {moved}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_SameSeed_IdenticalOutput(string name, int seed)
    {
        var graph = Build(name, seed);
        var options = new LeidenOptions { Seed = seed };

        var a = Leiden.Run(graph, options, TestContext.Current.CancellationToken);
        var b = Leiden.Run(graph, options, TestContext.Current.CancellationToken);

        Assert.Equal(a.Membership, b.Membership);
        Assert.Equal(a.Quality, b.Quality);
        Assert.Equal(a.Iterations, b.Iterations);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Output_CanonicalIdsBySmallestMember(string name, int seed)
    {
        var graph = Build(name, seed);

        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed }, TestContext.Current.CancellationToken);

        var next = 0;
        foreach (var c in result.Membership)
        {
            Assert.True(c <= next, $"{name} seed {seed}: community {c} appears before {next}");
            if (c == next)
            {
                next++;
            }
        }

        Assert.Equal(result.CommunityCount, next);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_PlantedBlocks_RecoveredExactly(int seed)
    {
        // Dense blocks with few crossings: the planted partition is the clear optimum.
        var graph = Zoo.Planted(seed, 200, 5, 0.5, 0.005);

        var result = Leiden.Run(graph, new LeidenOptions { Seed = seed }, TestContext.Current.CancellationToken);

        Assert.Equal(5, result.CommunityCount);
        for (var v = 0; v < 200; v++)
        {
            Assert.True(result.Membership[v] == result.Membership[v % 5], $"seed {seed}: node {v} not with its block");
        }
    }

    private static CsrGraph Build(string name, int seed) => name switch
    {
        "zachary" => Zoo.Zachary(),
        "cliques" => Zoo.TwoCliquesWithBridge(6),
        "rings" => Zoo.TwoRings(4, 7),
        "ring-of-cliques" => Zoo.RingOfCliques(12, 4),
        "self-loops" => Zoo.RingWithSelfLoops(),
        "planted" => Zoo.Planted(100 + seed, 150, 6, 0.25, 0.02),
        "planted-weighted" => Zoo.Planted(200 + seed, 120, 4, 0.3, 0.04, weighted: true),
        "sparse" => Zoo.Planted(300 + seed, 200, 10, 0.05, 0.005),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown graph"),
    };
}
