using LinkGraph.Graph.Tests.KnownGraphs;

namespace LinkGraph.Graph.Tests;

public class CsrGraphBuilderTests
{
    [Fact]
    public void Build_ParallelEdges_MergedBySummingWeights()
    {
        var builder = new CsrGraphBuilder(3);
        builder.AddEdge(0, 1, 1.5);
        builder.AddEdge(1, 0, 2.0);
        builder.AddEdge(1, 2);

        var graph = builder.Build();

        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal([1], graph.Neighbors(0).ToArray());
        Assert.Equal([3.5], graph.NeighborWeights(0).ToArray());
        Assert.Equal([0, 2], graph.Neighbors(1).ToArray());
        Assert.Equal([3.5, 1.0], graph.NeighborWeights(1).ToArray());
        Assert.Equal(4.5, graph.TotalWeight);
    }

    [Fact]
    public void Build_UndirectedEdges_StoredInBothDirectionsRowsSorted()
    {
        var builder = new CsrGraphBuilder(4);
        builder.AddEdge(3, 0);
        builder.AddEdge(2, 0);
        builder.AddEdge(0, 1);

        var graph = builder.Build();

        Assert.Equal([1, 2, 3], graph.Neighbors(0).ToArray());
        Assert.Equal([0], graph.Neighbors(3).ToArray());
        Assert.Equal(6, graph.ArcCount);
        Assert.Equal(3, graph.Degree(0));
    }

    [Fact]
    public void Build_SelfLoop_StoredOnceCountsOnceInDegreeTwiceInStrength()
    {
        var builder = new CsrGraphBuilder(2);
        builder.AddEdge(0, 0, 2.0);
        builder.AddEdge(0, 1, 1.0);

        var graph = builder.Build();

        Assert.Equal([0, 1], graph.Neighbors(0).ToArray());
        Assert.Equal(2, graph.Degree(0));
        Assert.Equal(5.0, graph.Strength(0));
        Assert.Equal(1.0, graph.Strength(1));
        Assert.Equal(3.0, graph.TotalWeight);
        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(3, graph.ArcCount);
    }

    [Fact]
    public void Build_StrengthsSumToTwiceTotalWeight_WithSelfLoops()
    {
        var graph = Zoo.RingWithSelfLoops();

        var sum = 0.0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            sum += graph.Strength(v);
        }

        Assert.Equal(2 * graph.TotalWeight, sum, 12);
        Assert.Equal(18.0, graph.TotalWeight);
    }

    [Fact]
    public void Build_NoNodes_EmptyGraph()
    {
        var graph = Zoo.NullGraph();

        Assert.Equal(0, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(0, graph.TotalWeight);
    }

    [Fact]
    public void Build_EdgelessNodes_HaveNoNeighbors()
    {
        var graph = Zoo.Edgeless(3);

        Assert.Equal(3, graph.NodeCount);
        Assert.True(graph.Neighbors(2).IsEmpty);
        Assert.Equal(0, graph.Strength(1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(double.PositiveInfinity)]
    public void AddEdge_InvalidWeight_ThrowsWithWeightInMessage(double weight)
    {
        var builder = new CsrGraphBuilder(2);

        var ex = Assert.Throws<ArgumentException>(() => builder.AddEdge(0, 1, weight));

        Assert.Equal("weight", ex.ParamName);
        Assert.Contains("finite and greater than 0", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.EdgeCount);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 2)]
    public void AddEdge_NodeOutOfRange_ThrowsWithRangeInMessage(int u, int v)
    {
        var builder = new CsrGraphBuilder(2);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(u, v));

        Assert.Contains("outside 0..1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NegativeNodeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsrGraphBuilder(-1));
    }

    [Fact]
    public void Build_SameEdgesInAnotherOrder_SameRowsAndWeights()
    {
        var edges = RandomEdges(seed: 5, nodes: 50, count: 400);
        var forward = new CsrGraphBuilder(50);
        var backward = new CsrGraphBuilder(50);
        foreach (var (u, v, w) in edges)
        {
            forward.AddEdge(u, v, w);
        }

        for (var i = edges.Count - 1; i >= 0; i--)
        {
            backward.AddEdge(edges[i].V, edges[i].U, edges[i].W);
        }

        var a = forward.Build();
        var b = backward.Build();
        for (var v = 0; v < 50; v++)
        {
            Assert.Equal(a.Neighbors(v).ToArray(), b.Neighbors(v).ToArray());
            // Merged parallel weights may differ in the last bit: summation order follows input order.
            var wa = a.NeighborWeights(v);
            var wb = b.NeighborWeights(v);
            for (var i = 0; i < wa.Length; i++)
            {
                Assert.Equal(wa[i], wb[i], 12);
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Build_ManyEdgesAcrossChunks_MatchesDictionaryReference(int seed)
    {
        // More edges than one storage chunk (2^18), mixing unit and other weights so some chunks store weights.
        const int n = 20_000;
        var edges = RandomEdges(seed, n, 600_000, unitShare: 0.9);
        var builder = new CsrGraphBuilder(n);
        var expected = new Dictionary<(int, int), double>();
        foreach (var (u, v, w) in edges)
        {
            builder.AddEdge(u, v, w);
            var key = (Math.Min(u, v), Math.Max(u, v));
            expected[key] = expected.GetValueOrDefault(key) + w;
        }

        var graph = builder.Build();

        Assert.Equal(expected.Count, graph.EdgeCount);
        for (var v = 0; v < n; v++)
        {
            var targets = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < targets.Length; i++)
            {
                var key = (Math.Min(v, targets[i]), Math.Max(v, targets[i]));
                Assert.True(expected.TryGetValue(key, out var w), $"seed {seed}: unexpected arc {v}->{targets[i]}");
                Assert.Equal(w, weights[i], 9);
            }
        }
    }

    [Fact]
    public void Build_CalledTwice_BuilderStaysUsable()
    {
        var builder = new CsrGraphBuilder(3);
        builder.AddEdge(0, 1);
        var first = builder.Build();
        builder.AddEdge(1, 2);

        var second = builder.Build();

        Assert.Equal(1, first.EdgeCount);
        Assert.Equal(2, second.EdgeCount);
    }

    private static List<(int U, int V, double W)> RandomEdges(int seed, int nodes, int count, double unitShare = 0.0)
    {
        var random = new Random(seed);
        var edges = new List<(int, int, double)>(count);
        for (var i = 0; i < count; i++)
        {
            var w = random.NextDouble() < unitShare ? 1.0 : 0.25 + random.NextDouble();
            edges.Add((random.Next(nodes), random.Next(nodes), w));
        }

        return edges;
    }
}
