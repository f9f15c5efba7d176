using LinkGraph.Graph.Community;
using LinkGraph.Graph.Tests.KnownGraphs;

namespace LinkGraph.Graph.Tests;

/// <summary>Aggregation must keep strengths and modularity: the aggregate with every node alone scores exactly what
/// the partition scored on the original graph (inner edges become self-loops counted once, as in igraph).</summary>
public class LeidenAggregateTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 9)]
    [InlineData(3, 1)]
    [InlineData(4, 40)]
    public void AggregateOnce_RandomPartition_PreservesStrengthAndModularity(int seed, int k)
    {
        var graph = Zoo.Planted(seed, 80, 4, 0.3, 0.05, weighted: true);
        var random = new Random(seed);
        var partition = new int[80];
        for (var v = 0; v < 80; v++)
        {
            partition[v] = v < k ? v : random.Next(k);
        }

        var (aggregate, nodeWeight) = Leiden.AggregateOnce(graph, partition, k);

        Assert.Equal(k, aggregate.NodeCount);
        var m = graph.TotalWeight;
        var q = 0.0;
        for (var c = 0; c < k; c++)
        {
            var strength = 0.0;
            var self = 0.0;
            for (var i = aggregate.Offsets[c]; i < aggregate.Offsets[c + 1]; i++)
            {
                var isSelf = aggregate.Targets[i] == c;
                strength += isSelf ? 2 * aggregate.Weights[i] : aggregate.Weights[i];
                self += isSelf ? aggregate.Weights[i] : 0;
            }

            Assert.True(Math.Abs(strength - nodeWeight[c]) < 1e-9, $"seed {seed}: community {c} strength {strength}, node weight {nodeWeight[c]}");
            q += (self / m) - Math.Pow(nodeWeight[c] / (2 * m), 2);
        }

        Assert.Equal(Modularity.Compute(graph, partition), q, 10);
    }

    [Fact]
    public void AggregateOnce_SelfLoopsAndInnerEdges_BecomeOneSelfLoop()
    {
        var graph = Zoo.RingWithSelfLoops();

        var (aggregate, _) = Leiden.AggregateOnce(graph, [0, 0, 0, 1, 1, 1], 2);

        // Community {0,1,2}: inner ring edges 0-1, 1-2 (weight 2) plus three self-loops of 2 (6) = 8.
        Assert.Equal(8.0, SelfLoop(aggregate, 0));
        Assert.Equal(8.0, SelfLoop(aggregate, 1));
    }

    private static double SelfLoop(LevelGraph graph, int c)
    {
        for (var i = graph.Offsets[c]; i < graph.Offsets[c + 1]; i++)
        {
            if (graph.Targets[i] == c)
            {
                return graph.Weights[i];
            }
        }

        return 0;
    }
}
