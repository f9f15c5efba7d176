using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// Draws every campaign of a scenario up front (they are small), each from its own random stream, so bursts
/// can be generated in any order and interleaved with legit traffic.
/// </summary>
public static class CampaignPlanner
{
    private static readonly string[] ThrowawayStems = ["inboxkit", "mailnest", "quickpost", "tempbox", "fastmailer", "boxhub", "postly", "mailora"];
    private static readonly string[] ThrowawaySuffixes = ["", "hq", "pro", "box", "now", "mail"];
    private static readonly string[] ThrowawayTlds = ["com", "net", "xyz", "io", "org", "cc"];

    public static List<Campaign> Plan(ScenarioWorld world)
    {
        var spec = world.Spec;
        var campaigns = new List<Campaign>();
        for (var i = 0; i < spec.HydraCampaigns; i++)
        {
            var random = SyntheticRandom.For(world.Seed, 50, (ulong)i);
            var mobile = i < spec.MobileProxyHydras ? world.Carriers[i % world.Carriers.Count] : null;
            campaigns.Add(Build(world, random, new Shape(
                TruthLabels.Hydra, i, random.LogUniform(spec.HydraMin, spec.HydraMax), (20, 200), (0.3, 3.0), (2, 6),
                ExtractionTemplates.Playbook, random.Between(2, 4), 0.15 + (random.NextDouble() * 0.15), random.Between(3, 8), 2)) with
            {
                Proxy = world.Proxies[i % world.Proxies.Count],
                MobileProxy = mobile,
            });
        }

        for (var i = 0; i < spec.CardFarms; i++)
        {
            var random = SyntheticRandom.For(world.Seed, 51, (ulong)i);
            campaigns.Add(Build(world, random, new Shape(
                TruthLabels.CardFarm, i, random.LogUniform(spec.CardFarmMin, spec.CardFarmMax), (8, 40), (0.5, 4.0), (3, 8),
                ExtractionTemplates.Playbook, random.Between(2, 3), 0.25, random.Between(2, 4), random.Between(1, 2))) with
            {
                Vpn = world.Vpns[i % world.Vpns.Count],
            });
        }

        for (var i = 0; i < spec.CardRings; i++)
        {
            var random = SyntheticRandom.For(world.Seed, 52, (ulong)i);
            campaigns.Add(Build(world, random, new Shape(
                TruthLabels.CardRing, i, random.Between(3, 10), (10, 10), (1.0, 1.0), (24, 24),
                ExtractionTemplates.Playbook, random.Between(1, 2), 0.3, random.Between(1, 2), 1)) with
            {
                Vpn = world.Vpns[i % world.Vpns.Count],
            });
        }

        for (var i = 0; i < spec.StealthCampaigns; i++)
        {
            var random = SyntheticRandom.For(world.Seed, 53, (ulong)i);
            campaigns.Add(Build(world, random, new Shape(
                TruthLabels.Stealth, i, random.LogUniform(spec.StealthMin, spec.StealthMax), (10, 40), (0.5, 2.0), (3, 12),
                ExtractionTemplates.Stealth, random.Between(2, 3), 0.45, 0, 0)));
        }

        return campaigns;
    }

    private static Campaign Build(ScenarioWorld world, SyntheticRandom random, Shape shape)
    {
        var window = world.End - world.Start;
        var latest = world.End - (4 * Diurnal.Day);
        var at = world.Start + (long)(random.NextDouble() * window * 0.6);
        var bursts = new List<int>();
        var starts = new List<long>();
        for (var left = shape.Size; left > 0;)
        {
            var size = Math.Min(left, random.Between(shape.Burst.Min, shape.Burst.Max));
            bursts.Add(size);
            starts.Add(Math.Min(at, latest - random.Next(3600)));
            left -= size;
            at += (long)(Diurnal.Day * (shape.GapDays.Min + (random.NextDouble() * (shape.GapDays.Max - shape.GapDays.Min))));
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{shape.Kind}-{shape.Index}");
        return new Campaign
        {
            Id = id,
            Kind = shape.Kind,
            Seed = random.NextUInt64(),
            Bursts = [.. bursts],
            BurstStarts = [.. starts],
            WavePeriod = random.Between(shape.WaveHours.Min, shape.WaveHours.Max) * 3600L,
            WaveOrigin = starts[0] + random.Next(3600),
            Script = new PromptScript(shape.Family, shape.Templates, shape.Paraphrase, random),
            Emulators = [.. Enumerable.Range(0, shape.Emulators).Select(_ => world.NewDevice())],
            Bins = [.. Enumerable.Range(0, shape.Bins).Select(_ => world.RareBin(random))],
            Domains = [.. Enumerable.Range(0, 2).Select(_ => string.Concat(random.Pick(ThrowawayStems), random.Pick(ThrowawaySuffixes), ".", random.Pick(ThrowawayTlds)))],
            Countries = [.. Enumerable.Range(0, random.Between(1, 3)).Select(_ => Geography.SampleIndex(random))],
        };
    }

    private sealed record Shape(
        string Kind, int Index, int Size, (int Min, int Max) Burst, (double Min, double Max) GapDays, (int Min, int Max) WaveHours,
        PhraseTemplate[] Family, int Templates, double Paraphrase, int Emulators, int Bins);
}
