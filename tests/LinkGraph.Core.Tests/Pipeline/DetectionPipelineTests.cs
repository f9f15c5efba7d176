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
    public void Run_HydraRingsAmongHonestUsers_FlagsRingsOnly()
    {
        var s = new Scenario(1);
        s.Honest(600);
        var pool = Enumerable.Range(0, 12).Select(_ => s.RandomIp()).ToList();
        foreach (var ip in pool)
        {
            s.Honest(15, sharedIp: ip, group: "proxy-customer");
        }

        var a = s.Hydra("hydra-a", 80, pool, templates: 3);
        var b = s.Hydra("hydra-b", 40, pool, templates: 2);

        var result = Run(s);

        var flagged = Flagged(result);
        Assert.Superset(a.Concat(b).ToHashSet(), flagged.Intersect(a.Concat(b)).ToHashSet());
        Assert.True(a.Concat(b).Count(flagged.Contains) >= 0.95 * 120, $"recall: {a.Concat(b).Count(flagged.Contains)} of 120");
        Assert.Empty(flagged.Except(a).Except(b));
    }

    [Fact]
    public void Run_StealthRing_FoundByTemplatesAndTimingAlone()
    {
        var s = new Scenario(2);
        s.Honest(500);
        var ring = s.Hydra("stealth", 50, [], templates: 2, sharedInfrastructure: false);

        var result = Run(s);

        var flagged = Flagged(result);
        Assert.True(ring.Count(flagged.Contains) >= 48, $"found {ring.Count(flagged.Contains)} of 50");
        Assert.Empty(flagged.Except(ring));
    }

    [Fact]
    public void Run_HouseholdsAndCompany_NotFlagged()
    {
        var s = new Scenario(3);
        s.Honest(300);
        for (var i = 0; i < 20; i++)
        {
            s.Household(2 + (i % 4));
        }

        s.Company(120, "org-acme");

        var result = Run(s);

        Assert.Empty(Flagged(result));
        Assert.Contains(result.Rings, r => r.Accounts.Count is >= 2 and <= 5);
    }

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
