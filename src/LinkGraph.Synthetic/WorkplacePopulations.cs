using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic;

/// <summary>
/// Organisations: companies (an <c>org</c>, one NAT, a corporate card shared by many, a managed laptop image,
/// similar work prompts, a roll-out day when half the staff signs up), campuses (thousands of students on a
/// few NAT IPs, lab machines, the same homework questions) and legit automation (service accounts running a
/// batch job on a timer).
/// </summary>
public static class WorkplacePopulations
{
    public static void Company(Emitter emitter, SyntheticRandom random, LegitPrompts prompts, int index)
    {
        var world = emitter.ScenarioWorld;
        var group = string.Create(CultureInfo.InvariantCulture, $"company-{index}");
        var org = string.Create(CultureInfo.InvariantCulture, $"org_{SyntheticRandom.Mix(world.Seed ^ (ulong)index) & 0xFFFFFFFF:x8}");
        var size = random.LogUniform(10, world.Spec.CompanyMaxSize);
        var domain = string.Create(CultureInfo.InvariantCulture, $"{random.Pick(PromptVocabulary.ProjectWords)}{random.Pick(PromptVocabulary.Words)}{index}.com");
        var country = Geography.SampleIndex(random);
        var offset = Geography.UtcOffset(country);
        var office = AddressSpace.ResidentialNetwork(random);
        var nat = Enumerable.Range(0, random.Between(1, 3)).Select(_ => AddressSpace.FormatV4(AddressSpace.HostIn24(office, random))).ToArray();
        var cards = Enumerable.Range(0, random.Between(1, 2)).Select(_ => world.NewCard(world.LegitBin(random))).ToArray();
        var image = Enumerable.Range(0, random.Between(1, 2)).Select(_ => world.NewDevice()).ToArray();
        var theme = new CompanyTheme(
            random.Pick(PromptVocabulary.ProjectWords), random.Pick(PromptVocabulary.WorkAreas), random.Pick(PromptVocabulary.Codes), 0.3 + (random.NextDouble() * 0.3));
        var rollout = Diurnal.DayBetween(world.Start, world.Start, world.Start + ((world.End - world.Start) / 2), DiurnalProfile.Work, random);
        var carrier = world.Carriers[random.Next(world.Carriers.Count)];
        for (var e = 0; e < size; e++)
        {
            var signup = random.Chance(0.55)
                ? Diurnal.On(rollout + (random.Next(3) * Diurnal.Day), offset, DiurnalProfile.Work, random)
                : Diurnal.On(Diurnal.DayBetween(world.Start, world.Start, world.End, DiurnalProfile.Work, random), offset, DiurnalProfile.Work, random);
            var id = emitter.NewAccount(
                signup, random.Chance(0.9) ? domain : ScenarioWorld.FreeMailDomain(random), Geography.Code(country), random.Chance(0.9) ? org : null,
                AccountLabel.LegitIn(TruthLabels.Company, group));
            var pay = random.NextDouble();
            if (pay < 0.7)
            {
                emitter.Payment(id, signup + random.Between(30, 900), random.Pick(cards));
            }
            else if (pay < 0.8)
            {
                emitter.Payment(id, signup + random.Between(30, 900), world.NewCard(world.LegitBin(random)));
            }

            var devices = new List<string> { random.Chance(0.6) ? random.Pick(image) : world.PersonalDevice(random) };
            if (random.Chance(0.4))
            {
                devices.Add(world.PopularDevice(random));
            }

            var home = PeoplePopulations.HomeIp(world, random);
            PersonActivity.Run(emitter, new PersonHabits
            {
                Account = id,
                Signup = signup,
                UtcOffset = offset,
                Profile = DiurnalProfile.Work,
                Devices = devices,
                Prompt = r => prompts.Work(r, theme),
                SessionMedian = world.Spec.SessionMedian * 1.5,
                Ip = r => r.NextDouble() switch { < 0.8 => r.Pick(nat), < 0.95 => home, _ => carrier.V4(r) },
            }, random);
        }
    }

    public static void CampusStudents(Emitter emitter, ScenarioWorld world, SyntheticRandom random, LegitPrompts prompts, int campus, int count)
    {
        // Campus-wide facts come from the campus's own stream so every chunk of students sees the same campus.
        var facts = SyntheticRandom.For(world.Seed, 40, (ulong)campus);
        var group = string.Create(CultureInfo.InvariantCulture, $"campus-{campus}");
        var network = AddressSpace.ResidentialNetwork(facts);
        var nat = Enumerable.Range(0, facts.Between(3, 8)).Select(_ => AddressSpace.FormatV4(AddressSpace.HostIn24(network, facts))).ToArray();
        var lab = Enumerable.Range(0, 2).Select(_ => world.NewDevice()).ToArray();
        var domain = string.Create(CultureInfo.InvariantCulture, $"{facts.Pick(PromptVocabulary.ProjectWords)}-university{campus}.edu");
        var country = Geography.SampleIndex(facts);
        var offset = Geography.UtcOffset(country);
        var courses = Enumerable.Range(0, 8).Select(_ => facts.Pick(PromptVocabulary.Questions)).ToArray();
        var carrier = world.Carriers[facts.Next(world.Carriers.Count)];
        for (var s = 0; s < count; s++)
        {
            var signup = random.Chance(0.5)
                ? Diurnal.On(world.Start + (random.Next(7) * Diurnal.Day), offset, DiurnalProfile.Student, random)
                : PeoplePopulations.SpreadSignup(world, offset, random);
            var id = emitter.NewAccount(
                signup, random.Chance(0.85) ? domain : ScenarioWorld.FreeMailDomain(random), Geography.Code(country), null,
                AccountLabel.LegitIn(TruthLabels.Campus, group));
            if (random.Chance(0.25))
            {
                emitter.Payment(id, signup + random.Between(30, 900), world.NewCard(world.LegitBin(random)));
            }

            var devices = PeoplePopulations.Devices(world, random, random.Between(1, 2));
            if (random.Chance(0.2))
            {
                devices.Add(random.Pick(lab));
            }

            var course = random.Pick(courses);
            PersonActivity.Run(emitter, new PersonHabits
            {
                Account = id,
                Signup = signup,
                UtcOffset = offset,
                Profile = DiurnalProfile.Student,
                Devices = devices,
                Prompt = r => prompts.Student(r, r.Chance(0.7) ? course : r.Pick(courses)),
                SessionMedian = world.Spec.SessionMedian,
                Ip = r => r.Chance(0.65) ? r.Pick(nat) : carrier.V4(r),
            }, random);
        }
    }

    public static void Automation(Emitter emitter, SyntheticRandom random, int index)
    {
        var world = emitter.ScenarioWorld;
        var group = string.Create(CultureInfo.InvariantCulture, $"automation-{index}");
        var org = string.Create(CultureInfo.InvariantCulture, $"org_{SyntheticRandom.Mix(world.Seed ^ ((ulong)index + 0xA5A5_0000UL)) & 0xFFFFFFFF:x8}");
        var domain = string.Create(CultureInfo.InvariantCulture, $"{random.Pick(PromptVocabulary.ProjectWords)}data{index}.io");
        var cloud = AddressSpace.DatacenterNetwork(random);
        var ips = Enumerable.Range(0, random.Between(1, 2)).Select(_ => AddressSpace.FormatV4(AddressSpace.HostIn24(cloud, random))).ToArray();
        var card = world.NewCard(world.LegitBin(random));
        var client = world.NewDevice();
        var task = random.Next(2) == 0
            ? "Classify the sentiment of this review as positive, negative or neutral: "
            : "Extract vendor, date and total from this invoice as JSON: ";
        var period = random.Between(2, 8) * 3600L;
        var start = Diurnal.DayBetween(world.Start, world.Start, world.End - (14 * Diurnal.Day), DiurnalProfile.Work, random) + (10 * 3600);
        var text = new StringBuilder();
        for (var a = random.Between(2, 6); a > 0; a--)
        {
            var signup = start + random.Between(0, 3600);
            var id = emitter.NewAccount(signup, domain, "US", org, AccountLabel.LegitIn(TruthLabels.Automation, group));
            emitter.Payment(id, signup + 120, card);
            for (var run = signup + period; run < world.End && run < signup + (21 * Diurnal.Day); run += period)
            {
                emitter.Ip(id, run, random.Pick(ips));
                emitter.Device(id, run, client);
                for (var p = random.Between(2, 6); p > 0; p--)
                {
                    text.Clear().Append(task);
                    for (var w = random.Between(8, 30); w > 0; w--)
                    {
                        text.Append(random.Pick(PromptVocabulary.Words)).Append(' ');
                    }

                    emitter.Prompt(id, run + random.Between(1, 120), text.ToString().TrimEnd());
                }
            }
        }
    }
}
