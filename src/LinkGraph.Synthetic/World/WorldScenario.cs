namespace LinkGraph.Synthetic.World;

/// <summary>A size of randomised world; everything else is drawn per seed.</summary>
public sealed record WorldScenario(string Name, int Accounts)
{
    public static readonly WorldScenario Small = new("world-small", 10_000);
    public static readonly WorldScenario Medium = new("world-medium", 100_000);
    public static readonly WorldScenario Large = new("world-large", 1_000_000);

    public static IReadOnlyList<WorldScenario> All { get; } = [Small, Medium, Large];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static WorldScenario? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
