namespace LinkGraph.Synthetic;

/// <summary>What to generate. <see cref="Start"/> is the first moment of the simulated window (a Monday, UTC).</summary>
public sealed record SyntheticOptions(ScenarioSpec Scenario, ulong Seed)
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Start { get; init; } = DefaultStart;
}
