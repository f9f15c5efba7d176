using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>
/// The weight one shared identifier adds to an account pair, in bits of evidence (a Fellegi–Sunter match
/// weight log2(m/u), Fellegi &amp; Sunter 1969, with term-frequency adjustment as in Splink):
/// <code>
/// w = β(kind) · clamp(log2(Nref / k), 0.5, 17) + τ(kind) · timing
/// t(Δ) = min(10, −log2(1 − exp(−ρ·max(Δ, 60 s)))),  ρ = k · g(t)
/// timing = max(t(Δuse), t(Δcreated)) for payment, IP, device; t(Δuse) + 0.5·t(Δcreated) for prompts
/// </code>
/// k is the number of accounts sharing the identifier, Nref = 100,000 a fixed reference population (so a
/// sharing pattern weighs the same in a small and a large data set), Δuse the gap between the two accounts' first
/// uses of the identifier, Δcreated the gap between their creations (unknown, so no bits, when either account has no
/// sign-up event), and g(t) the data's own density of such events (first uses, or sign-ups) at the pair's time,
/// from <see cref="TimeDensity"/>. The first term is the surprise of two random accounts sharing a value used by k
/// of Nref; the second the surprise of two of its k users arriving within Δ if they followed everyone else's
/// rhythm (Poisson with rate ρ): lockstep bursts at a quiet time score up to 10 bits, crowds that keep everyone's
/// hours (CGNAT, campus, VPN, a data set's first day) about one.
/// β is the kind's reliability: a card is rarely shared by chance, an address block often. Prompts get a small β
/// and a full τ: honest people ask the same popular questions, so a shared prompt or template is evidence only
/// when it is used in lockstep by accounts created in lockstep. A declared organisation does not change a link:
/// anyone can declare one.
/// </summary>
public static class LinkWeights
{
    public const double ReferencePopulation = 100_000;
    public const double IdentityFloorBits = 0.5;
    public const double IdentityCapBits = 17;
    public const double TimingCapBits = 10;
    public const double MinGapSeconds = 60;

    /// <summary>β per kind: how much one shared value of that kind is worth relative to a payment card.</summary>
    public static double KindFactor(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Payment => 1.0,
        IdentifierKind.Device => 0.7,
        IdentifierKind.Ip => 0.5,
        IdentifierKind.IpPrefix => 0.15,
        IdentifierKind.PromptExact => 0.25,
        IdentifierKind.PromptTemplate => 0.25,
        _ => 0,
    };

    /// <summary>τ per kind: how much lockstep use of a shared value of that kind is worth.</summary>
    public static double TimingFactor(IdentifierKind kind) => kind switch
    {
        IdentifierKind.PromptExact or IdentifierKind.PromptTemplate => 1.0,
        _ => KindFactor(kind),
    };

    /// <summary>Weight of the creation-gap surprise added to a prompt's first-use surprise (the two are nearly independent).</summary>
    public const double PromptCreationFactor = 0.5;

    public static bool IsPrompt(IdentifierKind kind) => kind is IdentifierKind.PromptExact or IdentifierKind.PromptTemplate;

    /// <summary>Bits for sharing a value used by <paramref name="accounts"/> accounts; falls monotonically with it.</summary>
    public static double IdentityBits(int accounts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(accounts, 2);
        return Math.Clamp(Math.Log2(ReferencePopulation / accounts), IdentityFloorBits, IdentityCapBits);
    }

    /// <summary>
    /// Bits for two users of one value arriving <paramref name="gapSeconds"/> apart when its users arrive at
    /// <paramref name="ratePerSecond"/> there (its user count times the data's own density of such events at that
    /// time); no bits when the rate is unknown (0) or the gap is (infinite).
    /// </summary>
    public static double TimingBits(double gapSeconds, double ratePerSecond)
    {
        if (ratePerSecond <= 0 || !double.IsFinite(gapSeconds))
        {
            return 0;
        }

        var x = ratePerSecond * Math.Max(Math.Abs(gapSeconds), MinGapSeconds);
        var p = -double.ExpM1(-x);
        return Math.Min(TimingCapBits, -Math.Log2(p));
    }

    /// <summary>
    /// The whole contribution of one identifier to one pair, given the gap between the two accounts' first uses of it
    /// and between their creations (infinite when either account has no sign-up event), each with the rate at which
    /// the identifier's users would arrive then if they followed everyone's rhythm. For infrastructure the two gaps
    /// measure one event (an account's first address is the one it signed up from), so the stronger counts; for
    /// prompts, sent later, both count.
    /// </summary>
    public static double Contribution(IdentifierKind kind, int accounts, double useGapSeconds, double createdGapSeconds, double useRate, double createdRate)
    {
        var use = TimingBits(useGapSeconds, useRate);
        var created = TimingBits(createdGapSeconds, createdRate);
        var timing = IsPrompt(kind) ? use + (PromptCreationFactor * created) : Math.Max(use, created);
        return (KindFactor(kind) * IdentityBits(accounts)) + (TimingFactor(kind) * timing);
    }

    /// <summary>Most bits one shared wave token adds: a single chance meeting must stay far below a strong link.</summary>
    public const double WaveCapBits = 2;

    /// <summary>Share of a wave's burst surprise that one shared wave is worth to each pair in it.</summary>
    public const double WaveFactor = 0.25;

    /// <summary>
    /// Bits for each pair of the <paramref name="crowd"/> accounts sending prompts of one shared prompt identifier
    /// (used by <paramref name="users"/> accounts in all) within one time bucket that holds
    /// <paramref name="bucketShare"/> of all prompts (the data's own rhythm; bucket / D if prompts were spread evenly):
    /// <code>
    /// wave = min(2, 0.25 · −log2 P(X ≥ crowd)),   X ~ Poisson(λ = users · bucketShare)
    /// </code>
    /// A wave is a bucket holding more users of the identifier than its base rate predicts: a popular prompt met by a
    /// stranger in the same bucket is expected and weighs under one bit, an operator's scheduled wave of dozens on one
    /// template is not. A pair accumulates these bits once per distinct (identifier, bucket) token it shares, so
    /// repetition is what makes it strong (at least six shared waves for 12 bits).
    /// </summary>
    public static double WaveBits(int crowd, int users, double bucketShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(crowd, 2);
        var lambda = Math.Max(users, crowd) * bucketShare;
        return Math.Min(WaveCapBits, WaveFactor * -Poisson.LogTail(crowd, lambda) / Math.Log(2));
    }
}
