namespace LinkGraph.Synthetic.World;

/// <summary>
/// Deterministic mixing of seeds and counters (the SplitMix64 finaliser, a bijection on 64-bit values): every
/// unit of the world gets its own <see cref="Random"/>, so a unit's draws do not depend on how many draws the
/// units before it made.
/// </summary>
public static class SeedMix
{
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static ulong Mix(ulong a, ulong b) => Mix(a ^ Mix(b + 0x9E3779B97F4A7C15UL));

    /// <summary>A <see cref="Random"/> for one stream (e.g. one crowd) of one seed.</summary>
    public static Random For(ulong seed, ulong stream, ulong index = 0) =>
        new((int)(Mix(Mix(seed, stream), index) & 0x7FFFFFFF));
}
