namespace LinkGraph.Synthetic;

/// <summary>
/// Generates a scenario: events (CONTRACT §1 NDJSON) to one writer and the ground truth to another, streaming
/// both, with memory bounded by the largest group rather than by the data. Deterministic: every unit draws
/// from its own seed-derived stream, and units run in a seed-shuffled order on one thread, so the same
/// options always give the same bytes.
/// </summary>
public static class SyntheticGenerator
{
    private const int ChunkSize = 100;

    public static GenerationSummary Generate(
        SyntheticOptions options, TextWriter events, TextWriter truth, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(truth);
        var world = new ScenarioWorld(options);
        var campaigns = CampaignPlanner.Plan(world);
        var units = PlanUnits(world.Spec, campaigns);
        SyntheticRandom.For(options.Seed, 2).Shuffle(units);

        var truthWriter = new TruthWriter(truth);
        var emitter = new Emitter(world, new EventLineWriter(events, world.Spec.DuplicateShare, SyntheticRandom.For(options.Seed, 3)), truthWriter);
        var prompts = new LegitPrompts(world.Spec.CommonPromptShare, world.Spec.PopularStyleShare);
        truthWriter.Begin(options, DateTimeOffset.FromUnixTimeSeconds(world.End));
        for (var u = 0; u < units.Count; u++)
        {
            if ((u & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new GenerationProgress(u, units.Count, emitter.Accounts, emitter.Events));
            }

            Run(emitter, units[u], campaigns, prompts);
        }

        truthWriter.End(emitter.Events);
        progress?.Report(new GenerationProgress(units.Count, units.Count, emitter.Accounts, emitter.Events));
        return new GenerationSummary(world.Spec.Name, options.Seed, emitter.Accounts, emitter.Events, campaigns.Count);
    }

    private static void Run(Emitter emitter, GenerationUnit unit, List<Campaign> campaigns, LegitPrompts prompts)
    {
        var world = emitter.ScenarioWorld;
        var random = SyntheticRandom.For(world.Seed, 100 + (ulong)unit.Kind, ((ulong)unit.Index << 24) | (uint)unit.Part);
        switch (unit.Kind)
        {
            case GenerationUnitKind.SingleAccount:
                PeoplePopulations.SingleAccount(emitter, random, prompts);
                break;
            case GenerationUnitKind.Household:
                PeoplePopulations.Household(emitter, random, prompts, unit.Index);
                break;
            case GenerationUnitKind.Company:
                WorkplacePopulations.Company(emitter, random, prompts, unit.Index);
                break;
            case GenerationUnitKind.Campus:
                WorkplacePopulations.CampusStudents(emitter, world, random, prompts, unit.Index, unit.Count);
                break;
            case GenerationUnitKind.Carrier:
                for (var i = 0; i < unit.Count; i++)
                {
                    PeoplePopulations.CarrierUser(emitter, random, prompts, unit.Index);
                }

                break;
            case GenerationUnitKind.Vpn:
                for (var i = 0; i < unit.Count; i++)
                {
                    PeoplePopulations.VpnUser(emitter, random, prompts, unit.Index);
                }

                break;
            case GenerationUnitKind.Automation:
                WorkplacePopulations.Automation(emitter, random, unit.Index);
                break;
            default:
                FraudPopulations.Burst(emitter, campaigns[unit.Index], unit.Part, random, prompts);
                break;
        }
    }

    private static List<GenerationUnit> PlanUnits(ScenarioSpec spec, List<Campaign> campaigns)
    {
        var units = new List<GenerationUnit>(spec.Singles + spec.Households + 1024);
        Add(units, GenerationUnitKind.SingleAccount, spec.Singles);
        Add(units, GenerationUnitKind.Household, spec.Households);
        Add(units, GenerationUnitKind.Company, spec.Companies);
        Add(units, GenerationUnitKind.Automation, spec.AutomationGroups);
        Chunks(units, GenerationUnitKind.Campus, spec.Campuses, spec.CampusSize);
        Chunks(units, GenerationUnitKind.Carrier, spec.Carriers, spec.CarrierUsers);
        Chunks(units, GenerationUnitKind.Vpn, spec.VpnProviders, spec.VpnUsers);
        for (var c = 0; c < campaigns.Count; c++)
        {
            for (var b = 0; b < campaigns[c].Bursts.Length; b++)
            {
                units.Add(new GenerationUnit(GenerationUnitKind.CampaignBurst, c, b, campaigns[c].Bursts[b]));
            }
        }

        return units;
    }

    private static void Add(List<GenerationUnit> units, GenerationUnitKind kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            units.Add(new GenerationUnit(kind, i, 0, 1));
        }
    }

    private static void Chunks(List<GenerationUnit> units, GenerationUnitKind kind, int groups, int size)
    {
        for (var g = 0; g < groups; g++)
        {
            for (var part = 0; part * ChunkSize < size; part++)
            {
                units.Add(new GenerationUnit(kind, g, part, Math.Min(ChunkSize, size - (part * ChunkSize))));
            }
        }
    }
}
