namespace LinkGraph.Core.Rings;

/// <summary>
/// How unlikely it is that so many of a ring's members were created so close together, given when every account
/// in the data was created (an a-contrario test, Desolneux, Moisan &amp; Morel 2008): for each window length L,
/// the densest window holds m of the ring's n members; a member falls in it by chance with probability
/// p = (accounts created in that window outside the ring) / (accounts outside the ring); the number of false
/// alarms is NFA = tests · P(Bin(n, p) ≥ m), tests = scales · n. The surprise is −log10 of the smallest NFA.
/// A campus's term-start rush or a data set whose accounts all "begin" on its first day (no sign-up events)
/// raises p itself, so neither looks like a batch sign-up; a shop creating a dozen accounts in three days of a
/// half year does.
/// </summary>
internal static class RingCreation
{
    /// <summary>Window lengths tried, from a scripted burst to a sign-up campaign over weeks.</summary>
    public static readonly long[] WindowSeconds = [3_600, 6 * 3_600, 86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400];

    /// <summary>Largest surprise reported; beyond it every ring is equally certain.</summary>
    public const double MaxSurprise = 50;

    public static void Compute(ActivityBaseline baseline, List<long> created, RingStats stats)
    {
        created.Sort();
        var n = created.Count;
        stats.CreationSurprise = 0;
        stats.CreationWindowMembers = 0;
        stats.CreationWindowHours = 0;
        if (n < 2)
        {
            return;
        }

        var others = Math.Max(1, baseline.CreatedCount - n);
        var logTests = Math.Log10(WindowSeconds.Length * (double)n);
        foreach (var window in WindowSeconds)
        {
            var (m, start) = Densest(created, window);
            if (m < 2)
            {
                continue;
            }

            var outside = Math.Max(0, baseline.CreatedBetween(start, start + window) - m);
            var p = Math.Max(outside, 1) / (double)others;
            var surprise = Math.Min(MaxSurprise, -(BinomialTail.Log10(m, n, Math.Min(1, p)) + logTests));
            if (surprise > stats.CreationSurprise)
            {
                stats.CreationSurprise = surprise;
                stats.CreationWindowMembers = m;
                stats.CreationWindowHours = window / 3600.0;
            }
        }
    }

    /// <summary>The most sorted values within one window of <paramref name="window"/> seconds, and where that window starts.</summary>
    private static (int Count, long Start) Densest(List<long> sorted, long window)
    {
        var best = 0;
        var start = 0L;
        var lo = 0;
        for (var hi = 0; hi < sorted.Count; hi++)
        {
            while (sorted[hi] - sorted[lo] > window)
            {
                lo++;
            }

            if (hi - lo + 1 > best)
            {
                best = hi - lo + 1;
                start = sorted[lo];
            }
        }

        return (best, start);
    }
}
