namespace LinkGraph.Synthetic.World;

/// <summary>What world to generate: its size, its seed, and the prompt grammar (by name; null: the seed's default).</summary>
public sealed record WorldOptions(WorldScenario Scenario, ulong Seed, string? Grammar = null)
{
    public string GrammarName => Grammar ?? Prompts.PromptGrammars.DefaultFor(Seed);

    public SeedFamily Family => SeedFamily.Of(Seed);
}
