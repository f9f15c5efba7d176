using LinkGraph.Graph.Tests.KnownGraphs;
using LinkGraph.Graph.Tests.Reference;

namespace LinkGraph.Graph.Tests;

public class ConnectedComponentsTests
{
    [Fact]
    public void Compute_TwoRingsAndIsolated_CanonicalIdsBySmallestMember()
    {
        var builder = new CsrGraphBuilder(6);
        builder.AddEdge(4, 5);
        builder.AddEdge(1, 3);
        builder.AddEdge(3, 0);

        var membership = ConnectedComponents.Compute(builder.Build());

        Assert.Equal([0, 0, 1, 0, 2, 2], membership);
    }

    [Fact]
    public void Compute_EdgeListOverload_SameAsGraph()
    {
        int[] u = [4, 1, 3];
        int[] v = [5, 3, 0];

        var membership = ConnectedComponents.Compute(6, u, v);

        Assert.Equal([0, 0, 1, 0, 2, 2], membership);
    }

    [Fact]
    public void Compute_EdgeListLengthsDiffer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConnectedComponents.Compute(3, [0, 1], [1]));

        Assert.Contains("edgeU has 2 entries but edgeV has 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_EdgeListNodeOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ConnectedComponents.Compute(3, [0], [3]));

        Assert.Contains("Edge 0 (0, 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NullGraph_Empty()
    {
        Assert.Empty(ConnectedComponents.Compute(Zoo.NullGraph()));
    }

    [Theory]
    [InlineData(1, 200, 150)]
    [InlineData(2, 200, 190)]
    [InlineData(3, 500, 450)]
    [InlineData(4, 1000, 1200)]
    [InlineData(5, 50, 10)]
    public void Compute_SeededRandomGraph_AgreesWithBfs(int seed, int n, int m)
    {
        var random = new Random(seed);
        var u = new int[m];
        var v = new int[m];
        var builder = new CsrGraphBuilder(n);
        for (var i = 0; i < m; i++)
        {
            u[i] = random.Next(n);
            v[i] = random.Next(n);
            builder.AddEdge(u[i], v[i]);
        }

        var graph = builder.Build();
        var expected = BfsComponents.Compute(graph);

        var fromGraph = ConnectedComponents.Compute(graph);
        var fromEdges = ConnectedComponents.Compute(n, u, v);

        Assert.True(expected.AsSpan().SequenceEqual(fromGraph), $"seed {seed}: union-find over the graph disagrees with BFS");
        Assert.True(expected.AsSpan().SequenceEqual(fromEdges), $"seed {seed}: union-find over the edge list disagrees with BFS");
    }
}
