namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>Pure integer mixing, so that per-topic traits are fixed without creating a Random.</summary>
internal static class GrammarBHash
{
    /// <summary>The SplitMix64 finaliser: consecutive inputs give unrelated outputs.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>A value in [0, 1) drawn from <paramref name="key"/> and a salt naming the trait.</summary>
    public static double Unit(ulong key, ulong salt) => (Mix(key ^ Mix(salt)) >> 11) * (1.0 / (1UL << 53));
}
