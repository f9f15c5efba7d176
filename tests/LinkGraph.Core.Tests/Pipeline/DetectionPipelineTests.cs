using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Core.Tests.Pipeline;

public sealed class DetectionPipelineTests
{
    private static DetectionResult Run(Scenario s, DetectionOptions? options = null) =>
        new DetectionPipeline(options ?? new DetectionOptions()).Run(s.Source, null, TestContext.Current.CancellationToken);

    private static HashSet<string> Flagged(DetectionResult r) =>
        r.Rings.Where(x => x.Flagged).SelectMany(x => x.Accounts).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Run_SameInputTwice_SameRings()
    {
        var s = new Scenario(4);
        s.Honest(200);
        s.Household(3);
        s.Hydra("ring", 30, [s.RandomIp(), s.RandomIp()], templates: 2);

        var first = Run(s);
        var second = Run(s);

        Assert.Equal(first.Rings.Count, second.Rings.Count);
        for (var i = 0; i < first.Rings.Count; i++)
        {
            Assert.Equal(first.Rings[i].Id, second.Rings[i].Id);
            Assert.Equal(first.Rings[i].Score, second.Rings[i].Score);
            Assert.Equal(first.Rings[i].Accounts, second.Rings[i].Accounts);
            Assert.Equal(first.Rings[i].Reasons, second.Rings[i].Reasons);
        }
    }
}
