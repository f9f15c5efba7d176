namespace LinkGraph.Synthetic;

/// <summary>
/// One fraud campaign's fixed facts: its kind and id, how many accounts it creates in which bursts, the
/// operator's wave schedule (scripts fire prompts for all live accounts at once), prompt script, emulator
/// fingerprints, card BINs and where its traffic egresses.
/// </summary>
public sealed record Campaign
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required ulong Seed { get; init; }

    /// <summary>Accounts created per burst; each burst is one generation unit.</summary>
    public required int[] Bursts { get; init; }

    /// <summary>Burst start times, Unix seconds.</summary>
    public required long[] BurstStarts { get; init; }

    /// <summary>Seconds between waves of scripted activity.</summary>
    public required long WavePeriod { get; init; }

    public required long WaveOrigin { get; init; }

    public required PromptScript Script { get; init; }

    public required string[] Emulators { get; init; }

    public required string[] Bins { get; init; }

    public required string[] Domains { get; init; }

    public required int[] Countries { get; init; }

    /// <summary>Residential-proxy pool, VPN provider or carrier the campaign egresses through (by kind).</summary>
    public ExitPool? Proxy { get; init; }

    public ExitPool? Vpn { get; init; }

    public CarrierNetwork? MobileProxy { get; init; }

    public int Size => Bursts.Sum();

    /// <summary>The first wave at or after <paramref name="at"/>, with the operator's per-wave start jitter.</summary>
    public long WaveAfter(long at)
    {
        var k = Math.Max(0, (at - WaveOrigin + WavePeriod - 1) / WavePeriod);
        var jitter = (long)(SyntheticRandom.Mix(Seed ^ (ulong)k) % (ulong)Math.Max(1, WavePeriod / 6));
        return WaveOrigin + (k * WavePeriod) + jitter;
    }
}
