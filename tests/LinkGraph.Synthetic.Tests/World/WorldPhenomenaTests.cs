using LinkGraph.Core.Events;
using LinkGraph.Synthetic.World;

namespace LinkGraph.Synthetic.Tests.World;

/// <summary>Phenomena of PHENOMENA.md that a world must show; each check fails if the generator stops producing it.</summary>
public sealed class WorldPhenomenaTests(SmallWorld world)
{
    [Fact]
    public void Fraud_SomeCampaign_HasCardFarmCardsSharedByThreeToThirty()
    {
        var cards = world.Holders(EventType.Payment);
        var campaigns = world.Members(l => l.IsFraud && l.Category is WorldLabels.ProxyPool or WorldLabels.Datacenter);

        var farmed = campaigns.Values.Where(members =>
        {
            var set = members.ToHashSet(StringComparer.Ordinal);
            var shared = cards.Values.Where(h => h.Count(set.Contains) >= 3).ToList();
            return shared.Count > 0 && shared.All(h => h.Count(set.Contains) <= 30);
        });

        Assert.NotEmpty(farmed);
    }

    [Fact]
    public void Stealth_Accounts_ShareNoCardIpOrDeviceWithEachOther()
    {
        var stealth = world.Truth.Labels.Where(p => p.Value.IsFraud && p.Value.Category == WorldLabels.Stealth).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var type in new[] { EventType.Payment, EventType.Ip, EventType.Device })
        {
            var shared = world.Holders(type).Where(h => h.Value.Count(stealth.Contains) > 1).Select(h => h.Key).ToList();
            Assert.True(shared.Count == 0, $"{type} values shared by stealth accounts: {string.Join(", ", shared.Take(3))}");
        }
    }

    [Fact]
    public void Fraud_SomeCampaign_HasNoAccountEvents()
    {
        var withSignup = world.Events.Where(e => e.Type == EventType.Account).Select(e => e.Account).ToHashSet(StringComparer.Ordinal);
        var campaigns = world.Members(l => l.IsFraud && l.Category != WorldLabels.ClassicRing);

        Assert.Contains(campaigns.Values, members => members.All(a => !withSignup.Contains(a)));
        Assert.Contains(campaigns.Values, members => members.Any(withSignup.Contains));
    }

    [Fact]
    public void Honest_SomeHouseholdsShareACard_SomeCampusNatSpansASlash16()
    {
        var cards = world.Holders(EventType.Payment);
        var households = world.Members(l => !l.IsFraud && l.Category == WorldLabels.Household);
        Assert.Contains(households.Values, members => cards.Values.Any(h => h.Count(members.Contains) >= 2));

        var campus = world.Members(l => !l.IsFraud && l.Category == WorldLabels.Campus).Values.First().ToHashSet(StringComparer.Ordinal);
        var prefixes = world.Events.Where(e => e.Type == EventType.Ip && campus.Contains(e.Account) && !e.Value!.Contains(':'))
            .GroupBy(e => e.Value![..e.Value!.LastIndexOf('.')])
            .Where(g => g.Select(e => e.Account).Distinct().Count() >= 3)
            .Select(g => g.Key[..g.Key.LastIndexOf('.')])
            .GroupBy(p => p).Max(g => g.Count());
        Assert.True(prefixes >= 2, "no campus /16 with shared addresses in two or more /24s");
    }

    [Fact]
    public void Honest_SomeCompanyAccount_RunsATemplatedPipeline()
    {
        var company = world.Truth.Labels.Where(p => !p.Value.IsFraud && p.Value.Category == WorldLabels.Company).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        // A pipeline's prompts share their instruction line and differ in the payload.
        var pipelines = world.Events.Where(e => e.Type == EventType.Prompt && company.Contains(e.Account))
            .GroupBy(e => (e.Account, e.Value!.Split('\n')[0]))
            .Where(g => g.Count() >= 5 && g.Select(e => e.Value).Distinct().Count() >= 5);

        Assert.NotEmpty(pipelines);
    }

    [Fact]
    public void Honest_SomeCampus_HasATermStartSignupBurst()
    {
        var campuses = world.Members(l => !l.IsFraud && l.Category == WorldLabels.Campus);
        var signups = world.Events.Where(e => e.Type == EventType.Account).GroupBy(e => e.Account).ToDictionary(g => g.Key, g => g.Min(e => e.At));

        Assert.Contains(campuses.Values, members =>
        {
            var times = members.Where(signups.ContainsKey).Select(a => signups[a]).Order().ToList();
            // At least a fifth of the campus signs up within some five days.
            return times.Where((t, i) => i + members.Count / 5 < times.Count && times[i + members.Count / 5] - t < TimeSpan.FromDays(5)).Any();
        });
    }

    [Fact]
    public void Honest_ProxyCustomers_UseExitsFraudAlsoUses()
    {
        var ips = world.Holders(EventType.Ip);
        var customers = world.Truth.Labels.Where(p => p.Value.Category == WorldLabels.ProxyCustomer).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var proxyFraud = world.Truth.Labels.Where(p => p.Value.Category == WorldLabels.ProxyPool).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        // Exits are drawn from the same prefixes: compare /24s, since a single exit recurs rarely.
        var fraudPrefixes = ips.Where(h => h.Value.Any(proxyFraud.Contains) && !h.Key.Contains(':')).Select(h => h.Key[..h.Key.LastIndexOf('.')]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(ips, h => h.Value.Any(customers.Contains) && !h.Key.Contains(':') && fraudPrefixes.Contains(h.Key[..h.Key.LastIndexOf('.')]));
    }

    [Fact]
    public void Fraud_Accounts_StayUnderAFewDozenPromptsADay()
    {
        var fraud = world.Truth.Labels.Where(p => p.Value.IsFraud && p.Value.Category != WorldLabels.ClassicRing).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        // Re-delivered copies are the same event, so count distinct ones; the day is the event's UTC day.
        var busiest = world.Events.Where(e => e.Type == EventType.Prompt && fraud.Contains(e.Account))
            .DistinctBy(e => (e.Account, e.At, e.Value))
            .GroupBy(e => (e.Account, e.At.UtcDateTime.Date)).Max(g => g.Count());

        Assert.InRange(busiest, 1, 48);
    }

    [Fact]
    public void Fraud_ClientLibraryFingerprints_AlsoUsedByHonestAccounts()
    {
        var devices = world.Holders(EventType.Device);

        Assert.Contains(devices, h => h.Key.StartsWith("ja4:", StringComparison.Ordinal)
            && h.Value.Any(a => world.Truth.Labels[a].IsFraud) && h.Value.Count(a => !world.Truth.Labels[a].IsFraud) >= 5);
    }

    [Fact]
    public void Honest_DeviceFingerprints_SharedByManyUnrelatedAccounts()
    {
        var devices = world.Holders(EventType.Device);

        Assert.Contains(devices.Values, h => h.Count >= 100);
    }
}
