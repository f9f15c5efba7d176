namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// The traits of one proxy-pool or datacenter campaign, each drawn per campaign (so every trait is present in
/// some campaigns and absent in others). The fraud plan may force a value so that every world shows it.
/// </summary>
internal sealed class CampaignTraits
{
    public required PaymentMode Payment { get; set; }

    public required double PayShare { get; init; }

    /// <summary>Emulator or anti-detect images shared by the campaign; empty: per-session random fingerprints.</summary>
    public required ulong[] Images { get; init; }

    /// <summary>The TLS fingerprint of the tooling, shared with honest users of the same library; null: none reported.</summary>
    public required string? Client { get; init; }

    /// <summary>Share of accounts bought or aged: no sign-up record.</summary>
    public required double BoughtShare { get; set; }

    public required string? Org { get; init; }

    public required string? EmailDomain { get; init; }

    public required bool Waves { get; init; }

    /// <summary>Scripts calling the API: the client library is the only device the campaign reports.</summary>
    public bool ApiClient { get; init; }

    /// <summary>Programmatic pacing: each account at a fixed interval.</summary>
    public bool Paced { get; init; }

    public required long From { get; init; }

    public required long To { get; init; }

    public required double TargetSessions { get; init; }

    public required int DailyCap { get; init; }

    /// <summary>Draws the traits; an <paramref name="apiClient"/> campaign reports only its client library as device.</summary>
    public static CampaignTraits Draw(Population population, Random random, double fakeOrgShare, double waveShare, bool paced = false, bool apiClient = false)
    {
        var shared = population.Shared;
        var span = population.EndMs - population.StartMs;
        var from = population.StartMs + (long)(random.NextDouble() * 0.7 * span);
        var length = (long)(WorldParameters.LogUniform(random, 1, Math.Max(1.01, population.Parameters.SpanDays)) * Clock.Day);
        var fake = random.NextDouble() < fakeOrgShare;
        var bought = random.NextDouble();
        return new CampaignTraits
        {
            Payment = (PaymentMode)random.Next(3),
            PayShare = WorldParameters.Uniform(random, 0.3, 1),
            Images = !apiClient && random.NextDouble() < 0.5 ? [.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => shared.EmulatorImages[random.Next(shared.EmulatorImages.Length)])] : [],
            Client = apiClient || random.NextDouble() < 0.6 ? shared.ClientLibraries[random.Next(shared.ClientLibraries.Length)] : null,
            BoughtShare = bought < 0.2 ? 1 : bought < 0.4 ? 0 : random.NextDouble(),
            Org = fake ? population.Ids.Org() : null,
            EmailDomain = fake ? population.Ids.Domain(random) : null,
            Waves = random.NextDouble() < waveShare,
            Paced = paced,
            ApiClient = apiClient,
            From = from,
            To = Math.Min(population.EndMs, from + length),
            TargetSessions = WorldParameters.Uniform(random, 3, 25),
            DailyCap = random.Next(10, 41),
        };
    }
}
