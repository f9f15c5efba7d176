using LinkGraph.Synthetic.World.Fraud;
using LinkGraph.Synthetic.World.Honest;
using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Synthetic.World;

/// <summary>
/// Generates a randomised world: every parameter of every phenomenon of PHENOMENA.md is drawn per seed
/// (<see cref="WorldParameters"/>, and per crowd or campaign within it). Honest crowds come first (fraud may
/// reuse their cards), then the fraud campaigns. Events stream through an <see cref="EventSpool"/> and are
/// written in delivery order (batched, shuffled, late, re-delivered); labels stream to the truth file.
/// Deterministic: the same scenario, seed and grammar give byte-identical output.
/// </summary>
public static class WorldGenerator
{
    private static readonly string[] CrowdOrder =
    [
        WorldLabels.SingleAccount, WorldLabels.Household, WorldLabels.MultiAccount, WorldLabels.SmallTeam, WorldLabels.Company,
        WorldLabels.Campus, WorldLabels.Carrier, WorldLabels.Vpn, WorldLabels.Automation, WorldLabels.ProxyCustomer,
        WorldLabels.Trend, WorldLabels.DevicePopular,
    ];

    public static GenerationSummary Generate(WorldOptions options, TextWriter events, TextWriter truth, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(truth);
        var grammar = PromptGrammars.ByName(options.GrammarName);
        var seed = options.Seed;
        var parameters = WorldParameters.Draw(SeedMix.For(seed, 1));
        var ids = new IdMint(seed);
        var shared = new SharedInfrastructure(SeedMix.For(seed, 2), parameters, ids, options.Scenario.Accounts);
        var truthWriter = new TruthWriter(truth);
        truthWriter.Begin(options.Scenario.Name, seed, DateTimeOffset.FromUnixTimeMilliseconds(parameters.StartMs), DateTimeOffset.FromUnixTimeMilliseconds(parameters.EndMs),
            [new("family", options.Family.Name), new("grammar", grammar.Name)]);
        using var spool = new EventSpool(parameters, SeedMix.For(seed, 3), ids, options.Scenario.Accounts * 20L);
        var population = new Population(parameters, shared, ids, spool, truthWriter, grammar);

        var total = options.Scenario.Accounts;
        var fraud = (int)Math.Round(total * parameters.FraudShare);
        var honest = total - fraud;
        var weightSum = parameters.HonestWeights.Values.Sum();
        // Progress in per cent: accounts made (honest and fraud) up to 70, writing the delivery batches the rest.
        const int units = 100;
        var done = 0;
        void Report() => progress?.Report(new GenerationProgress(done, units, population.Accounts, spool.Events));
        population.Tick = () =>
        {
            done = (int)(70 * population.Accounts / Math.Max(1, total));
            Report();
        };

        for (var i = 0; i < CrowdOrder.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var category = CrowdOrder[i];
            var budget = Math.Max(category == WorldLabels.MultiAccount ? 2 : 3, (int)(honest * parameters.HonestWeights[category] / weightSum));
            EmitCrowd(population, SeedMix.For(seed, 0x100, (ulong)i), category, budget);
        }

        var campaigns = FraudPlan.Emit(population, seed, fraud, () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            Report();
        });
        truthWriter.End(spool.Events);
        spool.WriteTo(events, cancellationToken, share =>
        {
            done = 70 + (int)(30 * share);
            Report();
        });
        done = units;
        Report();
        return new GenerationSummary(options.Scenario.Name, seed, population.Accounts, spool.Events, campaigns);
    }

    private static void EmitCrowd(Population population, Random random, string category, int accounts)
    {
        switch (category)
        {
            case WorldLabels.SingleAccount:
                SingleCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.Household:
                HouseholdCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.MultiAccount:
                MultiAccountCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.SmallTeam:
                SmallTeamCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.Company:
                CompanyCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.Campus:
                CampusCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.Automation:
                AutomationCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.Trend:
                TrendCrowd.Emit(population, random, accounts);
                break;
            case WorldLabels.DevicePopular:
                DevicePopularCrowd.Emit(population, random, accounts);
                break;
            default:
                NetworkCrowd.Emit(population, random, accounts, category);
                break;
        }
    }
}
