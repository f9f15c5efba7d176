namespace LinkGraph.Synthetic.World;

/// <summary>
/// Everything about a world that is drawn once per seed (domain randomisation): the time window, the fraud share,
/// how the honest and fraud populations divide, and the address and device landscape. Ranges are those of
/// PHENOMENA.md or wider.
/// </summary>
public sealed class WorldParameters
{
    private static readonly DateTimeOffset Earliest = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    public required long StartMs { get; init; }

    /// <summary>Length of the window in days: log-uniform from 1 to 180.</summary>
    public required int SpanDays { get; init; }

    public long EndMs => StartMs + SpanDays * 86_400_000L;

    /// <summary>Share of accounts that are fraud: 5–15%.</summary>
    public required double FraudShare { get; init; }

    public required IReadOnlyDictionary<string, double> HonestWeights { get; init; }

    public required IReadOnlyDictionary<string, double> FraudWeights { get; init; }

    /// <summary>Re-lease periods of home lines, in days (a daily and a weekly ISP at least).</summary>
    public required int[] LeaseDays { get; init; }

    public required double Ipv6Share { get; init; }

    /// <summary>The /16s of residential ISPs.</summary>
    public required uint[] Isps { get; init; }

    /// <summary>Share of honest people whose device is a popular build (shared) rather than a unique fingerprint.</summary>
    public required double PopularDeviceShare { get; init; }

    /// <summary>Chance that a session reports a device event.</summary>
    public required double DeviceEventShare { get; init; }

    /// <summary>Mean sessions an honest account has in the window (heavy-tailed around it).</summary>
    public required double MeanSessions { get; init; }

    /// <summary>Share of honest accounts created before the window (their sign-up is old or absent).</summary>
    public required double OldAccountShare { get; init; }

    /// <summary>A model release or viral day inside the window.</summary>
    public required long ReleaseMs { get; init; }

    /// <summary>Days between browser releases (fingerprints of a build change at each).</summary>
    public required int BrowserReleaseDays { get; init; }

    public static WorldParameters Draw(Random random)
    {
        var span = (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(180)));
        var start = Earliest.AddDays(random.Next(0, 420)).ToUnixTimeMilliseconds();
        string[] honest = [.. WorldLabels.HonestCategories];
        double[] low = [0.20, 0.08, 0.01, 0.02, 0.05, 0.05, 0.03, 0.02, 0.005, 0.01, 0.02, 0.02];
        double[] high = [0.45, 0.20, 0.05, 0.08, 0.20, 0.20, 0.12, 0.08, 0.03, 0.05, 0.10, 0.08];
        var honestWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < honest.Length; i++)
        {
            honestWeights[honest[i]] = low[i] + random.NextDouble() * (high[i] - low[i]);
        }

        var fraudWeights = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [WorldLabels.ProxyPool] = Uniform(random, 0.30, 0.60),
            [WorldLabels.Datacenter] = Uniform(random, 0.10, 0.30),
            [WorldLabels.Stealth] = Uniform(random, 0.05, 0.20),
            [WorldLabels.ClassicRing] = Uniform(random, 0.05, 0.20),
        };
        var isps = new uint[random.Next(20, 200)];
        for (var i = 0; i < isps.Length; i++)
        {
            isps[i] = IpSpace.Slash16(random);
        }

        int[] leases = random.Next(3) switch { 0 => [1, 7], 1 => [1, 7, 30], _ => [1, 1, 7, 14] };
        return new WorldParameters
        {
            StartMs = start,
            SpanDays = Math.Max(1, span),
            FraudShare = Uniform(random, 0.05, 0.15),
            HonestWeights = honestWeights,
            FraudWeights = fraudWeights,
            LeaseDays = leases,
            Ipv6Share = Uniform(random, 0.05, 0.5),
            Isps = isps,
            PopularDeviceShare = Uniform(random, 0.2, 0.8),
            DeviceEventShare = Uniform(random, 0.2, 0.9),
            MeanSessions = Uniform(random, 3.5, 6),
            OldAccountShare = Uniform(random, 0.3, 0.9),
            ReleaseMs = start + (long)(random.NextDouble() * Math.Max(1, span) * 86_400_000L),
            BrowserReleaseDays = random.Next(21, 50),
        };
    }

    public static double Uniform(Random random, double low, double high) => low + random.NextDouble() * (high - low);

    public static double LogUniform(Random random, double low, double high) =>
        Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
}
