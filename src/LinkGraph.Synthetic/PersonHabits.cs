namespace LinkGraph.Synthetic;

/// <summary>How one legit person uses the service: when, from where, on which devices, asking what.</summary>
public sealed class PersonHabits
{
    public required string Account { get; init; }

    public required long Signup { get; init; }

    public required int UtcOffset { get; init; }

    public required DiurnalProfile Profile { get; init; }

    public required Func<SyntheticRandom, string> Ip { get; init; }

    public required IReadOnlyList<string> Devices { get; init; }

    public required Func<SyntheticRandom, string> Prompt { get; init; }

    public double SessionMedian { get; init; } = 3.0;

    public double PromptsPerSession { get; init; } = 2.5;
}
