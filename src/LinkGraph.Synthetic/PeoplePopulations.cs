using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// Private people: singles, households (2–5 accounts on one card and one home router, own devices), VPN users
/// (hundreds of strangers per exit IP) and mobile-only subscribers behind carrier-grade NAT.
/// </summary>
public static class PeoplePopulations
{
    /// <param name="card">A card this person pays with (a cardholder whose card a ring also uses), or null.</param>
    public static void SingleAccount(Emitter emitter, SyntheticRandom random, LegitPrompts prompts, string? card = null)
    {
        var world = emitter.ScenarioWorld;
        var country = Geography.SampleIndex(random);
        var offset = Geography.UtcOffset(country);
        var signup = SpreadSignup(world, offset, random);
        var domain = random.Chance(0.93) ? ScenarioWorld.FreeMailDomain(random) : PersonalDomain(random);
        var id = emitter.NewAccount(signup, domain, Geography.Code(country), null, AccountLabel.LegitIn(TruthLabels.SingleAccount, null));
        if (card is not null || random.Chance(0.45))
        {
            emitter.Payment(id, signup + random.Between(30, 900), card ?? world.NewCard(world.LegitBin(random)));
        }

        var home = HomeIp(world, random);
        var carrier = world.Carriers[random.Next(world.Carriers.Count)];
        var subnet = random.NextUInt64();
        var mobile = random.Chance(0.6) ? random.NextDouble() * 0.5 : 0.0;
        var vpn = random.Chance(0.08) ? world.Vpns[random.Next(world.Vpns.Count)] : null;
        var dualStack = random.Chance(0.5);
        PersonActivity.Run(emitter, new PersonHabits
        {
            Account = id,
            Signup = signup,
            UtcOffset = offset,
            Profile = DiurnalProfile.Consumer,
            Devices = Devices(world, random, random.Between(1, 2)),
            Prompt = prompts.Casual,
            SessionMedian = world.Spec.SessionMedian,
            Ip = r => vpn is not null && r.Chance(0.5) ? vpn.Any(r)
                : r.Chance(mobile) ? (dualStack ? carrier.V6(r, subnet) : carrier.V4(r))
                : home,
        }, random);
    }

    public static void Household(Emitter emitter, SyntheticRandom random, LegitPrompts prompts, int index)
    {
        var world = emitter.ScenarioWorld;
        var group = string.Create(CultureInfo.InvariantCulture, $"household-{index}");
        var country = Geography.SampleIndex(random);
        var offset = Geography.UtcOffset(country);
        var home = HomeIp(world, random);
        var carrier = world.Carriers[random.Next(world.Carriers.Count)];
        var familyCard = random.Chance(0.7) ? world.NewCard(world.LegitBin(random)) : null;
        var tablet = world.PersonalDevice(random);
        var members = random.NextDouble() switch { < 0.4 => 2, < 0.7 => 3, < 0.9 => 4, _ => 5 };
        var first = SpreadSignup(world, offset, random);
        for (var m = 0; m < members; m++)
        {
            var signup = m == 0 || random.Chance(0.3)
                ? Math.Min(first + random.Between(60, 6 * 3600), world.End - 3600)
                : Diurnal.On(Diurnal.DayBetween(world.Start, first, world.End, DiurnalProfile.Consumer, random), offset, DiurnalProfile.Consumer, random);
            var id = emitter.NewAccount(signup, ScenarioWorld.FreeMailDomain(random), Geography.Code(country), null, AccountLabel.LegitIn(TruthLabels.Household, group));
            if (familyCard is not null && random.Chance(0.8))
            {
                emitter.Payment(id, signup + random.Between(30, 900), familyCard);
            }
            else if (random.Chance(0.3))
            {
                emitter.Payment(id, signup + random.Between(30, 900), world.NewCard(world.LegitBin(random)));
            }

            var devices = Devices(world, random, random.Between(1, 2));
            if (random.Chance(0.25))
            {
                devices.Add(tablet);
            }

            var subnet = random.NextUInt64();
            var mobile = random.NextDouble() * 0.4;
            PersonActivity.Run(emitter, new PersonHabits
            {
                Account = id,
                Signup = signup,
                UtcOffset = offset,
                Profile = DiurnalProfile.Consumer,
                Devices = devices,
                Prompt = prompts.Casual,
                SessionMedian = world.Spec.SessionMedian,
                Ip = r => r.Chance(mobile) ? (r.Chance(0.5) ? carrier.V6(r, subnet) : carrier.V4(r)) : home,
            }, random);
        }
    }

    public static void VpnUser(Emitter emitter, SyntheticRandom random, LegitPrompts prompts, int provider)
    {
        var world = emitter.ScenarioWorld;
        var country = Geography.SampleIndex(random);
        var offset = Geography.UtcOffset(country);
        var signup = SpreadSignup(world, offset, random);
        var label = AccountLabel.LegitIn(TruthLabels.Vpn, string.Create(CultureInfo.InvariantCulture, $"vpn-{provider}"));
        var id = emitter.NewAccount(signup, ScenarioWorld.FreeMailDomain(random), Geography.Code(country), null, label);
        if (random.Chance(0.5))
        {
            emitter.Payment(id, signup + random.Between(30, 900), world.NewCard(world.LegitBin(random)));
        }

        var exits = world.Vpns[provider];
        var home = HomeIp(world, random);
        var share = 0.6 + (random.NextDouble() * 0.4);
        PersonActivity.Run(emitter, new PersonHabits
        {
            Account = id,
            Signup = signup,
            UtcOffset = offset,
            Profile = DiurnalProfile.Consumer,
            Devices = Devices(world, random, random.Between(1, 2)),
            Prompt = prompts.Casual,
            SessionMedian = world.Spec.SessionMedian,
            Ip = r => r.Chance(share) ? exits.Any(r) : home,
        }, random);
    }

    public static void CarrierUser(Emitter emitter, SyntheticRandom random, LegitPrompts prompts, int carrierIndex)
    {
        var world = emitter.ScenarioWorld;
        var country = Geography.SampleIndex(random);
        var offset = Geography.UtcOffset(country);
        var signup = SpreadSignup(world, offset, random);
        var label = AccountLabel.LegitIn(TruthLabels.Carrier, string.Create(CultureInfo.InvariantCulture, $"carrier-{carrierIndex}"));
        var id = emitter.NewAccount(signup, ScenarioWorld.FreeMailDomain(random), Geography.Code(country), null, label);
        if (random.Chance(0.35))
        {
            emitter.Payment(id, signup + random.Between(30, 900), world.NewCard(world.LegitBin(random)));
        }

        var carrier = world.Carriers[carrierIndex];
        var subnet = random.NextUInt64();
        var v6 = random.Chance(0.4);
        PersonActivity.Run(emitter, new PersonHabits
        {
            Account = id,
            Signup = signup,
            UtcOffset = offset,
            Profile = DiurnalProfile.Consumer,
            Devices = [random.Chance(0.85) ? world.PopularDevice(random) : world.NewDevice()],
            Prompt = prompts.Casual,
            SessionMedian = world.Spec.SessionMedian,
            Ip = r => v6 ? carrier.V6(r, subnet) : carrier.V4(r),
        }, random);
    }

    /// <summary>A sign-up moment anywhere in the window, at a plausible local hour.</summary>
    public static long SpreadSignup(ScenarioWorld world, int utcOffset, SyntheticRandom random) =>
        Diurnal.On(Diurnal.DayBetween(world.Start, world.Start, world.End, DiurnalProfile.Consumer, random), utcOffset, DiurnalProfile.Consumer, random);

    /// <summary>A home router's IP; now and then that router is also an exit node of a residential-proxy pool.</summary>
    public static string HomeIp(ScenarioWorld world, SyntheticRandom random) =>
        random.Chance(world.Spec.HomeOnProxyShare) ? world.Proxies[random.Next(world.Proxies.Count)].Any(random) : ScenarioWorld.NewHomeIp(random);

    public static List<string> Devices(ScenarioWorld world, SyntheticRandom random, int count)
    {
        var devices = new List<string>(count + 1);
        for (var i = 0; i < count; i++)
        {
            devices.Add(world.PersonalDevice(random));
        }

        return devices;
    }

    private static string PersonalDomain(SyntheticRandom random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Pick(PromptVocabulary.ProjectWords)}{random.Pick(PromptVocabulary.Words)}{random.Next(1000)}.net");
}
