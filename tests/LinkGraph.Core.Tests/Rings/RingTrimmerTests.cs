using LinkGraph.Core.Linking;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;
using LinkGraph.Core.Tests.Pipeline;

namespace LinkGraph.Core.Tests.Rings;

public sealed class RingTrimmerTests
{
    [Fact]
    public void Trim_HouseholdsPulledInWhole_RemovedDespiteTheirFamilyCard()
    {
        var s = new Scenario(9);
        s.Honest(400);
        var pool = Enumerable.Range(0, 3).Select(_ => s.RandomIp()).ToList();
        var burst = Scenario.Start.AddDays(20);
        var ring = s.Hydra("hydra", 60, pool, templates: 2, burstAt: burst);
        var families = pool.SelectMany(ip => s.Household(3, homeIp: ip, near: burst)).ToList();
        var data = Load(s);

        // One candidate ring holding the hydra and three families that share its proxy exits as home routers.
        var (ringOf, rings) = RingTrimmer.Trim(data, RingOf(data, ring.Concat(families)), 1);

        Assert.Equal(1, rings);
        Assert.Equal(ring.Order(StringComparer.Ordinal), Members(data, ringOf, 0));
    }

    [Fact]
    public void Trim_HonestCrowdOnAPopularPhone_CannotMakeItARingTrait()
    {
        var s = new Scenario(12);
        var phone = "dev-popular-phone";
        foreach (var a in s.Honest(300))
        {
            s.Source.Use(a, IdentifierKind.Device, phone, Scenario.Start.AddDays(1));
        }

        var crowd = s.Honest(30, group: "crowd");
        foreach (var a in crowd)
        {
            s.Source.Use(a, IdentifierKind.Device, phone, Scenario.Start.AddDays(2));
        }

        s.Honest(1800);
        var ring = s.Hydra("hydra", 60, [s.RandomIp(), s.RandomIp()], templates: 2);
        foreach (var a in ring.Take(2))
        {
            s.Source.Use(a, IdentifierKind.Device, phone, Scenario.Start.AddDays(3));
        }

        var data = Load(s);

        // Thirty honest users on the phone make it over-represented among all 90 members, but not among the 60
        // anchored ones (2 of them on a phone 332 accounts use).
        var (ringOf, rings) = RingTrimmer.Trim(data, RingOf(data, ring.Concat(crowd)), 1);

        Assert.Equal(1, rings);
        Assert.Equal(ring.Order(StringComparer.Ordinal), Members(data, ringOf, 0));
    }

    [Fact]
    public void Trim_RingWithoutPrompts_KeepsCardSharersAndDropsTheRest()
    {
        var s = new InMemoryDetectionSource();
        var at = Scenario.Start;
        var sharers = Enumerable.Range(0, 4).Select(i => s.AddAccount($"sharer-{i}", at.AddMinutes(i))).ToList();
        foreach (var a in sharers)
        {
            s.Use(a, IdentifierKind.Payment, "card-stolen", at.AddMinutes(5));
        }

        var bystander = s.AddAccount("bystander", at);
        s.UseIp(bystander, "198.51.100.7", at.AddMinutes(5));
        for (var i = 0; i < 50; i++)
        {
            s.Use(s.AddAccount($"other-{i}", at.AddDays(i)), IdentifierKind.Payment, $"card-{i}", at.AddDays(i));
        }

        var data = DetectionDataLoader.Load(s, 0.4, TestContext.Current.CancellationToken);

        var (ringOf, rings) = RingTrimmer.Trim(data, RingOf(data, [.. sharers, bystander]), 1);

        Assert.Equal(1, rings);
        Assert.Equal(sharers.Order(StringComparer.Ordinal), Members(data, ringOf, 0));
    }

    [Fact]
    public void Trim_PairsAreKeptWhole()
    {
        var s = new Scenario(4);
        s.Honest(50);
        var family = s.Household(2);
        var data = Load(s);

        var (ringOf, rings) = RingTrimmer.Trim(data, RingOf(data, family), 1);

        Assert.Equal(1, rings);
        Assert.Equal(family.Order(StringComparer.Ordinal), Members(data, ringOf, 0));
    }

    private static DetectionData Load(Scenario s) => DetectionDataLoader.Load(s.Source, 0.4, TestContext.Current.CancellationToken);

    private static int[] RingOf(DetectionData data, IEnumerable<string> members)
    {
        var set = members.ToHashSet(StringComparer.Ordinal);
        return [.. data.AccountExternal.Select(x => x is not null && set.Contains(x) ? 0 : -1)];
    }

    private static List<string> Members(DetectionData data, int[] ringOf, int ring) =>
        [.. Enumerable.Range(0, ringOf.Length).Where(a => ringOf[a] == ring).Select(a => data.AccountExternal[a]!).Order(StringComparer.Ordinal)];
}
