using LinkGraph.Graph;

namespace LinkGraph.Synthetic;

/// <summary>
/// The generator's only source of randomness: xoshiro256** (Blackman &amp; Vigna, "Scrambled linear
/// pseudorandom number generators", 2018, the graph library's <see cref="Xoshiro256"/>), seeded through
/// SplitMix64, rather than <see cref="Random"/> so the same seed gives the same bytes on every runtime.
/// </summary>
public sealed class SyntheticRandom
{
    private readonly Xoshiro256 _source;

    public SyntheticRandom(ulong seed)
    {
        _source = new Xoshiro256(seed);
    }

    /// <summary>A generator for one named sub-stream, independent of how much any other stream consumed.</summary>
    public static SyntheticRandom For(ulong seed, ulong stream, ulong index = 0) =>
        new(Mix(seed ^ Mix(stream * 0x9E3779B97F4A7C15UL ^ Mix(index + 0x632BE59BD9B4E019UL))));

    /// <summary>The SplitMix64 finalizer: a bijection on 64-bit integers, used for opaque unique ids.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64() => _source.NextUInt64();

    /// <summary>Uniform in [0, maxExclusive); multiply-shift (Lemire 2019) with a negligible bias for small ranges.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Uniform in [min, maxInclusive].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Exponential with the given mean (inverse transform).</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Standard normal by the Box–Muller transform.</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal around <paramref name="median"/>: heavy-tailed activity, as real usage is.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Geometric count ≥ 1 with the given mean.</summary>
    public int Geometric(double mean)
    {
        if (mean <= 1.0)
        {
            return 1;
        }

        var p = 1.0 / mean;
        return 1 + (int)Math.Floor(Math.Log(1.0 - NextDouble()) / Math.Log(1.0 - p));
    }

    /// <summary>Log-uniform integer in [min, max]: many small, few large (company sizes, campaign sizes).</summary>
    public int LogUniform(int min, int max) =>
        Math.Clamp((int)Math.Round(Math.Exp(Math.Log(min) + (NextDouble() * (Math.Log(max) - Math.Log(min))))), min, max);

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
