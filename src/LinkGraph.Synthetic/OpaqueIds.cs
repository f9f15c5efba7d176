using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// Opaque, unique identifiers: prefix + 16 hex digits of a keyed 64-bit bijection of an ordinal. Sequential
/// ordinals give unrelated-looking ids, so nothing (account ids included) leaks which population made them.
/// </summary>
public sealed class OpaqueIds
{
    private readonly ulong _key;

    public OpaqueIds(ulong key)
    {
        _key = key;
    }

    public string Make(string prefix, ulong ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{SyntheticRandom.Mix(_key ^ ordinal):x16}");

    /// <summary>A shorter id (10 hex digits) for values that only need to look opaque, not be provably unique.</summary>
    public string Compact(string prefix, ulong ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{SyntheticRandom.Mix(_key ^ ordinal) & 0xFF_FFFF_FFFFUL:x10}");
}
