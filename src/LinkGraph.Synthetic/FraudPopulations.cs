namespace LinkGraph.Synthetic;

/// <summary>
/// Fraud campaigns, one creation burst at a time. All run scripted waves of templated extraction prompts
/// (with some innocent prompts mixed in) and differ in infrastructure: hydra rings rotate through a
/// residential-proxy pool that also carries real households, card farms reuse bulk cards of one BIN across
/// small groups, card rings share one stolen card (whose real holder may be a customer too) and the
/// operator's machines, and stealth rings share nothing but their templates and their timing.
/// </summary>
public static class FraudPopulations
{
    public static void Burst(Emitter emitter, Campaign campaign, int burst, SyntheticRandom random, LegitPrompts prompts)
    {
        switch (campaign.Kind)
        {
            case TruthLabels.Hydra:
                Hydra(emitter, campaign, burst, random, prompts);
                break;
            case TruthLabels.CardFarm:
                CardFarm(emitter, campaign, burst, random, prompts);
                break;
            case TruthLabels.CardRing:
                CardRing(emitter, campaign, random, prompts);
                break;
            default:
                Stealth(emitter, campaign, burst, random, prompts);
                break;
        }
    }

    private static void Hydra(Emitter emitter, Campaign campaign, int burst, SyntheticRandom random, LegitPrompts prompts)
    {
        var world = emitter.ScenarioWorld;
        var spread = random.Between(10, 90) * 60;
        string? card = null;
        var cardUses = 0;
        for (var a = 0; a < campaign.Bursts[burst]; a++)
        {
            var signup = campaign.BurstStarts[burst] + random.Next(spread);
            var domain = random.Chance(0.35) ? random.Pick(campaign.Domains) : ScenarioWorld.FreeMailDomain(random);
            var id = emitter.NewAccount(signup, domain, Geography.Code(random.Pick(campaign.Countries)), null, Label(campaign));
            if (random.Chance(0.5))
            {
                if (card is null || cardUses <= 0)
                {
                    card = world.NewCard(random.Pick(campaign.Bins));
                    cardUses = random.Between(1, 3);
                }

                cardUses--;
                emitter.Payment(id, signup + random.Between(20, 300), card);
            }

            var device = random.Chance(0.8) ? random.Pick(campaign.Emulators) : world.PopularDevice(random);
            var proxy = campaign.Proxy!;
            var mobile = campaign.MobileProxy;
            Scripted(emitter, campaign, id, signup, random, prompts, new Script(
                Sessions: random.Between(2, 6), LifetimeDays: random.Between(1, 6), PromptsPerSession: (2, 6), Innocent: 0.15, JitterMinutes: 8,
                Ip: r => mobile is not null && r.Chance(0.6) ? mobile.V4(r) : proxy.Any(r), Device: _ => device));
        }
    }

    private static void CardFarm(Emitter emitter, Campaign campaign, int burst, SyntheticRandom random, LegitPrompts prompts)
    {
        var world = emitter.ScenarioWorld;
        var hosting = new SyntheticRandom(campaign.Seed);
        var network = AddressSpace.DatacenterNetwork(hosting);
        var servers = Enumerable.Range(0, hosting.Between(2, 6)).Select(_ => AddressSpace.FormatV4(AddressSpace.HostIn24(network, hosting))).ToArray();
        var vpn = campaign.Vpn!;
        var left = campaign.Bursts[burst];
        var at = campaign.BurstStarts[burst];
        while (left > 0)
        {
            var group = Math.Min(left, random.Between(2, 4));
            var card = world.NewCard(random.Pick(campaign.Bins));
            at += random.Between(60, 1800);
            for (var a = 0; a < group; a++)
            {
                var signup = at + random.Between(0, 300);
                var domain = random.Chance(0.6) ? random.Pick(campaign.Domains) : ScenarioWorld.FreeMailDomain(random);
                var id = emitter.NewAccount(signup, domain, Geography.Code(random.Pick(campaign.Countries)), null, Label(campaign));
                emitter.Payment(id, signup + random.Between(20, 200), card);
                var device = random.Chance(0.9) ? random.Pick(campaign.Emulators) : world.PopularDevice(random);
                Scripted(emitter, campaign, id, signup, random, prompts, new Script(
                    Sessions: random.Between(3, 8), LifetimeDays: random.Between(2, 10), PromptsPerSession: (3, 8), Innocent: 0.1, JitterMinutes: 10,
                    Ip: r => r.Chance(0.5) ? vpn.Any(r) : r.Pick(servers), Device: _ => device));
            }

            left -= group;
        }
    }

    private static void CardRing(Emitter emitter, Campaign campaign, SyntheticRandom random, LegitPrompts prompts)
    {
        var world = emitter.ScenarioWorld;
        var cards = Enumerable.Range(0, random.Between(1, 2)).Select(_ => world.NewCard(world.LegitBin(random))).ToArray();
        var home = ScenarioWorld.NewHomeIp(random);
        var vpn = campaign.Vpn!;
        var country = Geography.Code(campaign.Countries[0]);
        if (random.Chance(0.4))
        {
            // The stolen card's real holder uses the service too: a legit account sharing the ring's card.
            PeoplePopulations.SingleAccount(emitter, random, prompts, cards[0]);
        }

        for (var a = 0; a < campaign.Bursts[0]; a++)
        {
            var signup = campaign.BurstStarts[0] + random.Next(4 * 3600);
            var id = emitter.NewAccount(signup, ScenarioWorld.FreeMailDomain(random), country, null, Label(campaign));
            if (random.Chance(0.9))
            {
                emitter.Payment(id, signup + random.Between(20, 600), random.Pick(cards));
            }

            var device = random.Chance(0.8) ? random.Pick(campaign.Emulators) : world.PopularDevice(random);
            Scripted(emitter, campaign, id, signup, random, prompts, new Script(
                Sessions: random.Between(8, 25), LifetimeDays: random.Between(7, 21), PromptsPerSession: (3, 10), Innocent: 0.3, JitterMinutes: 180,
                Ip: r => r.Chance(0.5) ? vpn.Any(r) : home, Device: _ => device));
        }
    }

    private static void Stealth(Emitter emitter, Campaign campaign, int burst, SyntheticRandom random, LegitPrompts prompts)
    {
        var world = emitter.ScenarioWorld;
        var spread = random.Between(20, 60) * 60;
        for (var a = 0; a < campaign.Bursts[burst]; a++)
        {
            var signup = campaign.BurstStarts[burst] + random.Next(spread);
            var country = Geography.SampleIndex(random);
            var id = emitter.NewAccount(signup, ScenarioWorld.FreeMailDomain(random), Geography.Code(country), null, Label(campaign));
            if (random.Chance(0.7))
            {
                emitter.Payment(id, signup + random.Between(20, 900), world.NewCard(world.LegitBin(random)));
            }

            var home = ScenarioWorld.NewHomeIp(random);
            var carrier = world.Carriers[random.Next(world.Carriers.Count)];
            var subnet = random.NextUInt64();
            var device = random.Chance(0.5) ? world.PopularDevice(random) : world.NewDevice();
            Scripted(emitter, campaign, id, signup, random, prompts, new Script(
                Sessions: random.Between(3, 8), LifetimeDays: random.Between(3, 14), PromptsPerSession: (2, 5), Innocent: 0.25, JitterMinutes: 5,
                Ip: r => r.Chance(0.3) ? carrier.V6(r, subnet) : home, Device: _ => device));
        }
    }

    // Sessions land on the campaign's waves (the operator's scheduler), prompts seconds apart, as scripts send them.
    private static void Scripted(Emitter emitter, Campaign campaign, string id, long signup, SyntheticRandom random, LegitPrompts prompts, Script script)
    {
        var end = emitter.ScenarioWorld.End;
        var lifetime = script.LifetimeDays * Diurnal.Day;
        var starts = new long[script.Sessions];
        for (var s = 0; s < starts.Length; s++)
        {
            starts[s] = s == 0 ? signup + random.Between(60, 1200) : campaign.WaveAfter(signup + random.Next((int)lifetime)) + random.Next(script.JitterMinutes * 60);
        }

        Array.Sort(starts);
        var preferred = random.Next(campaign.Script.TemplateCount);
        foreach (var start in starts)
        {
            if (start >= end)
            {
                break;
            }

            var at = start;
            emitter.Ip(id, at, script.Ip(random));
            emitter.Device(id, at, script.Device(random));
            for (var p = random.Between(script.PromptsPerSession.Min, script.PromptsPerSession.Max); p > 0; p--)
            {
                at += random.Between(5, 60);
                if (at >= end)
                {
                    break;
                }

                var text = random.Chance(script.Innocent)
                    ? prompts.Casual(random)
                    : campaign.Script.Next(random, random.Chance(0.7) ? preferred : random.Next(campaign.Script.TemplateCount));
                emitter.Prompt(id, at, text);
            }
        }
    }

    private static AccountLabel Label(Campaign campaign) => AccountLabel.FraudIn(campaign.Kind, campaign.Id);

    private sealed record Script(
        int Sessions, int LifetimeDays, (int Min, int Max) PromptsPerSession, double Innocent, int JitterMinutes,
        Func<SyntheticRandom, string> Ip, Func<SyntheticRandom, string> Device);
}
