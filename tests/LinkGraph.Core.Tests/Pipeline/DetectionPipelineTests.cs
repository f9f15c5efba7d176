using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

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
    public void Run_WaveSynchronisedRingWithUniqueInfrastructure_IsFound()
    {
        var s = new Scenario(7);
        s.Honest(500);
        var ring = s.WaveRing("wave", 40, waves: 12, wavesPerAccount: 8);

        var result = Run(s);

        var flagged = Flagged(result);
        Assert.True(ring.Count(flagged.Contains) >= 36, $"found {ring.Count(flagged.Contains)} of 40");
        Assert.Empty(flagged.Except(ring));
    }

    [Fact]
    public void Run_StrangersCoincideOnce_NotFlagged()
    {
        var s = new Scenario(8);
        s.Honest(300);
        var pairs = Enumerable.Range(0, 20).Select(_ => s.Coincidence()).ToList();

        var result = Run(s);

        var flagged = Flagged(result);
        Assert.DoesNotContain(pairs, p => flagged.Contains(p.First) || flagged.Contains(p.Second));
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

        Assert.True(Flagged(result).Count == 0, string.Join("\n", result.Rings.Where(r => r.Flagged).Select(r => string.Join(", ", r.Accounts) + ": " + string.Join("; ", r.Reasons) + " " + string.Join(",", r.Features!.Select(kv => kv.Key + "=" + kv.Value)))));
        Assert.Contains(result.Rings, r => r.Accounts.Count is >= 2 and <= 5);
    }

    [Fact]
    public void Run_RingCreatedInSeveralBursts_MostFlaggedAndReasonsQuoteFeatures()
    {
        var s = new Scenario(10);
        s.Honest(300);
        var ring = s.Hydra("stealth", 60, [], templates: 2, sharedInfrastructure: false, bursts: 4);

        var result = Run(s);

        // In a world this small each burst is most of the sign-ups of its days, so the bursts may be rings of their
        // own; most members are flagged either way (docs/detection.md gives stealth recall on randomised worlds),
        // and what a reason says is what the features hold.
        var flagged = Flagged(result);
        Assert.True(ring.Count(flagged.Contains) >= 40, $"{ring.Count(flagged.Contains)} of 60 flagged");
        var found = result.Rings.MaxBy(r => r.Accounts.Count(ring.Contains))!;
        var f = found.Features!;
        Assert.Contains($"{f["created_in_window"]} of {found.Size} accounts were created within {f["sync_window_hours"]} hours of each other", found.Reasons);
        Assert.Contains($"{f["creation_window_members"]} of {found.Size} accounts were created within {f["creation_window_hours"]} hours, a concentration with a chance of about 1 in 10^{Math.Floor(f["creation_surprise"] * 10)} given when all accounts were created", found.Reasons);
        Assert.Equal(RingTiming.BurstMinAccounts(found.Size), f["burst_min_accounts"]);
        Assert.Equal(Math.Round(f["created_in_bursts"] / found.Size, 4), f["creation_burst_share"]);
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

    [Fact]
    public void Run_HubOf20000Accounts_LinksStayLinearAndRingsStaySeparate()
    {
        var s = new Scenario(5);
        var hubIp = s.RandomIp();
        s.Honest(20_000, sharedIp: hubIp, group: "carrier");
        var a = s.Hydra("ring-a", 30, [hubIp], templates: 2);
        var b = s.Hydra("ring-b", 30, [hubIp], templates: 2);

        var result = Run(s);

        // Without temporal neighbours the hub alone would make 2e8 pairs.
        Assert.True(result.Links < 40 * 20_060, $"links {result.Links}");
        Assert.DoesNotContain(result.Rings, r => r.Accounts.Any(a.Contains) && r.Accounts.Any(b.Contains));
        var flagged = Flagged(result);
        Assert.True(a.Concat(b).Count(flagged.Contains) >= 57, $"found {a.Concat(b).Count(flagged.Contains)} of 60");
        Assert.True(flagged.Count(x => x.StartsWith("carrier", StringComparison.Ordinal)) <= 1);
    }

    [Fact]
    public void Run_Reasons_QuoteNumbersFromFeatures()
    {
        var s = new Scenario(6);
        s.Honest(200);
        s.Hydra("ring", 40, [s.RandomIp(), s.RandomIp(), s.RandomIp()], templates: 2);

        var ring = Run(s).Rings[0];
        var f = ring.Features!;

        Assert.Contains($"{f["created_in_window"]} of {ring.Size} accounts were created within {f["sync_window_hours"]} hours of each other", ring.Reasons);
        Assert.True(f["ring_template_share"] >= f["template_share"] && f["ring_templates"] > 0, "a hydra's templates are its own");
        Assert.Contains($"{Math.Round(f["ring_template_share"] * 100)}% of their {f["prompts"]} prompts match {f["ring_templates"]} prompt templates these accounts use far more often than chance would give", ring.Reasons);
        Assert.Equal(f["ring_template_share"], Math.Round(f["prompts_on_ring_templates"] / f["prompts"], 4));
        Assert.Equal(ring.Signals["ip"], (int)f["shared_ip"]);
        Assert.Contains($"{f["members_sharing_device"]} accounts used {(f["shared_device"] == 1 ? "one shared device fingerprint" : f["shared_device"] + " shared device fingerprints")}", ring.Reasons);
        Assert.All(ring.Evidence.Where(e => e.Kind == "prompt"), e => Assert.StartsWith("tpl-", e.Value, StringComparison.Ordinal));
        Assert.StartsWith("ring-", ring.Id, StringComparison.Ordinal);
    }
}
