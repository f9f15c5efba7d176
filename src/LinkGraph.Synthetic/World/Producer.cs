namespace LinkGraph.Synthetic.World;

/// <summary>
/// One upstream system that delivers events (accounts, billing, edge, API), with its own habits: whether it
/// sends event ids, the precision and offset of its timestamps, its clock skew, how often it delivers a batch,
/// and whether its clock is broken for a tiny share of events.
/// </summary>
public sealed class Producer
{
    public required string Name { get; init; }

    public required bool SendsIds { get; init; }

    public required bool MinutePrecision { get; init; }

    public required bool Milliseconds { get; init; }

    /// <summary>The UTC offset its timestamps are written in (the instant is the same).</summary>
    public required int OffsetMinutes { get; init; }

    public required int SkewSeconds { get; init; }

    /// <summary>Delivery period in chunks: events wait for the next batch boundary.</summary>
    public required int BatchChunks { get; init; }

    public required double BrokenClockShare { get; init; }

    public static Producer Draw(Random random, string name, bool sendsIds = false, bool brokenClock = false)
    {
        int[] offsets = [0, 0, 0, 60, -300, -480, 330, 540, 120, -180];
        return new Producer
        {
            Name = name,
            SendsIds = random.NextDouble() < 0.7 || sendsIds,
            MinutePrecision = random.NextDouble() < 0.35,
            Milliseconds = random.NextDouble() < 0.3,
            OffsetMinutes = offsets[random.Next(offsets.Length)],
            SkewSeconds = random.NextDouble() < 0.5 ? 0 : random.Next(-180, 181),
            BatchChunks = random.NextDouble() < 0.7 ? 1 : random.Next(2, 8),
            BrokenClockShare = random.NextDouble() < 0.5 && !brokenClock ? 0 : WorldParameters.LogUniform(random, 1e-5, 3e-4),
        };
    }
}
