using LinkGraph.Core.Linking;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Tests.Pipeline;

namespace LinkGraph.Core.Tests.Rings;

/// <summary>Known answers for the empirical nulls: creation concentration and co-activity against everyone else.</summary>
public sealed class RingBaseRateTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CreationSurprise_FiveCreatedInOneHourAmongDailySignups_IsTheBinomialNfa()
    {
        var source = new InMemoryDetectionSource();
        for (var day = 0; day < 100; day++)
        {
            source.AddAccount($"h{day}", Start.AddDays(day).AddHours(12));
        }

        var ring = Enumerable.Range(0, 5).Select(i => Start.AddDays(50).AddMinutes(i * 10).ToUnixTimeSeconds()).ToList();
        foreach (var (t, i) in ring.Select((t, i) => (t, i)))
        {
            source.AddAccount($"r{i}", DateTimeOffset.FromUnixTimeSeconds(t));
        }

        var baseline = ActivityBaseline.Build(Load(source));
        var stats = new RingStats { Size = 5 };
        RingCreation.Compute(baseline, ring, stats);

        // One hour holds all five; nobody else was created then (p floored at 1 of the 100 others):
        // NFA = 6 scales · 5 members · 0.01^5, so the surprise is 10 − log10(30).
        Assert.Equal(10 - Math.Log10(30), stats.CreationSurprise, 6);
        Assert.Equal(5, stats.CreationWindowMembers);
        Assert.Equal(1, stats.CreationWindowHours);
    }

    [Fact]
    public void CreationSurprise_MembersSpreadLikeEveryoneElse_IsZero()
    {
        var source = new InMemoryDetectionSource();
        for (var day = 0; day < 100; day++)
        {
            source.AddAccount($"h{day}", Start.AddDays(day).AddHours(12));
        }

        var ring = new[] { 10, 30, 50, 70, 90 }.Select(d => Start.AddDays(d).AddHours(3).ToUnixTimeSeconds()).ToList();
        var stats = new RingStats { Size = 5 };
        RingCreation.Compute(ActivityBaseline.Build(Load(source)), ring, stats);

        Assert.Equal(0, stats.CreationSurprise);
    }

    [Fact]
    public void Coactivity_TwoMembersAndTwoOutsiders_ObservedAndExpectedByHand()
    {
        var source = new InMemoryDetectionSource();
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            source.AddAccount(name, Start);
        }

        // Buckets (ten minutes) 0 and 10 for members a and b; outsider c in 0 and 20, outsider d in 30.
        DateTimeOffset At(int bucket) => Start.AddMinutes((bucket * 10) + 1);
        foreach (var (account, bucket) in new[] { ("a", 0), ("a", 10), ("b", 0), ("b", 10), ("c", 0), ("c", 20), ("d", 30) })
        {
            source.Prompt(account, $"prompt number {bucket} from {account} with enough words", At(bucket));
        }

        var d = Load(source);
        var ringOf = new int[d.AccountExternal.Length];
        Array.Fill(ringOf, -1);
        for (var i = 0; i < ringOf.Length; i++)
        {
            ringOf[i] = d.AccountExternal[i] is "a" or "b" ? 0 : -1;
        }

        var stats = new[] { new RingStats { Size = 2 } };
        RingCoactivity.Compute(d, ActivityBaseline.Build(d), ringOf, stats, TestContext.Current.CancellationToken);

        // O = 2·1 + 2·1 ordered pairs. Outside the ring: 3 active (account, bucket) pairs, one of them in bucket 0,
        // none in bucket 10, so g = 1/3 and 0; each member has T − 2 = 2 others' activities: E = 2 · (2 · 1/3).
        Assert.Equal(4, stats[0].CoactivityObserved, 9);
        Assert.Equal(4.0 / 3, stats[0].CoactivityExpected, 9);
        Assert.Equal(4, stats[0].ActiveBuckets);
        Assert.Equal(4, stats[0].CoactiveBuckets);
    }

    [Fact]
    public void RobustRange_OneBrokenClock_DoesNotStretchTheSpan()
    {
        var source = new InMemoryDetectionSource();
        for (var i = 0; i < 400; i++)
        {
            source.AddAccount($"h{i}", Start.AddHours(i));
        }

        source.AddAccount("broken-past", new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero));
        source.AddAccount("broken-future", new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var d = Load(source);

        Assert.InRange(d.MinTime, Start.ToUnixTimeSeconds(), Start.AddHours(5).ToUnixTimeSeconds());
        Assert.InRange(d.MaxTime, Start.AddHours(394).ToUnixTimeSeconds(), Start.AddHours(399).ToUnixTimeSeconds());
    }

    private static DetectionData Load(InMemoryDetectionSource source) => DetectionDataLoader.Load(source, 0.4, TestContext.Current.CancellationToken);
}
