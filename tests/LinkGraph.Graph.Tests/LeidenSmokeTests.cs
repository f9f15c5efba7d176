using LinkGraph.Graph.Community;
using LinkGraph.Graph.Tests.KnownGraphs;
using LinkGraph.Graph.Tests.Reference;

namespace LinkGraph.Graph.Tests;

public class LeidenSmokeTests
{
    [Fact]
    public void Run_Zachary_ReachesNearOptimalModularity()
    {
        var graph = Zoo.Zachary();
        var result = Leiden.Run(graph, new LeidenOptions { Seed = 1 }, TestContext.Current.CancellationToken);
        Assert.InRange(result.Quality, 0.415, 0.419790);
        Assert.Equal(NaiveModularity.Compute(graph, result.Membership), result.Quality, 12);
    }
}
