namespace LinkGraph.Synthetic.World;

/// <summary>
/// Which seeds a detector may be tuned on. Seeds 1–999 (and 0) form the <see cref="Tuning"/> family, seeds from
/// 1000 up the <see cref="Validation"/> family. Both draw worlds from the same distributions: the split only
/// keeps apart the seeds whose results guided tuning from those that check it, so that a figure reported on
/// validation seeds has not been fitted to them.
/// </summary>
public sealed record SeedFamily
{
    public static readonly SeedFamily Tuning = new("tuning", 1, 999);
    public static readonly SeedFamily Validation = new("validation", 1000, ulong.MaxValue);

    private SeedFamily(string name, ulong first, ulong last)
    {
        Name = name;
        First = first;
        Last = last;
    }

    public string Name { get; }

    public ulong First { get; }

    public ulong Last { get; }

    public static IReadOnlyList<SeedFamily> All { get; } = [Tuning, Validation];

    public static SeedFamily Of(ulong seed) => seed >= Validation.First ? Validation : Tuning;

    public static SeedFamily ByName(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"seed family '{name}' is unknown; expected tuning or validation", nameof(name));

    public bool Contains(ulong seed) => seed >= First && seed <= Last || (this == Tuning && seed == 0);
}
