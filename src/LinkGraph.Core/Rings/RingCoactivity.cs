using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Repeated synchrony of a ring's members (SynchroTrap, Cao et al., CCS 2014), measured against the data's
/// own activity: O counts ordered pairs of members active in the same <see cref="ActivityBaseline.BucketSeconds"/>
/// bucket, summed over buckets; E is what O would be if each member kept its number of active buckets but
/// placed them like everyone outside the ring (bucket b drawn with probability g_b = U'_b / S', U'_b the
/// accounts active in b that are not members):
/// <code>
/// O = Σ_b m_b (m_b − 1),   E = Σ_i (T − |A_i|) · Σ_{b ∈ A_i} g_b,   T = Σ_i |A_i|
/// </code>
/// A scheduled wave, or fixed times of day kept over many days, puts O far above E; a company's office hours or
/// a campus's deadline rush lift it only as far as they differ from everyone's daily rhythm.
/// </summary>
internal static class RingCoactivity
{
    public static void Compute(DetectionData d, ActivityBaseline baseline, int[] ringOf, RingStats[] stats, CancellationToken ct)
    {
        // Distinct (ring, bucket, account) of ring members; prompts come ordered by account then time.
        var keys = new GrowableArray<long>(1024);
        var owners = new GrowableArray<int>(1024);
        var activeBuckets = new Dictionary<int, int>();
        var previousAccount = -1;
        var previousBucket = -1;
        for (var p = 0; p < d.PromptAccount.Length; p++)
        {
            if ((p & 0xFFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var a = d.PromptAccount[p];
            var r = ringOf[a];
            if (r < 0)
            {
                continue;
            }

            var bucket = baseline.BucketOf(d.PromptAt[p]);
            if (bucket < 0 || (a == previousAccount && bucket == previousBucket))
            {
                continue;
            }

            previousAccount = a;
            previousBucket = bucket;
            keys.Add(((long)r << 32) | (uint)bucket);
            owners.Add(a);
            activeBuckets[a] = activeBuckets.GetValueOrDefault(a) + 1;
        }

        var total = new long[stats.Length];
        foreach (var (a, count) in activeBuckets)
        {
            total[ringOf[a]] += count;
        }

        var order = new int[keys.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sortKeys = keys.AsSpan().ToArray();
        Array.Sort(sortKeys, order);
        var observed = new double[stats.Length];
        var expected = new double[stats.Length];
        var coactive = new long[stats.Length];
        var i0 = 0;
        while (i0 < sortKeys.Length)
        {
            var i1 = i0 + 1;
            while (i1 < sortKeys.Length && sortKeys[i1] == sortKeys[i0])
            {
                i1++;
            }

            var r = (int)(sortKeys[i0] >> 32);
            var bucket = (int)(sortKeys[i0] & 0xFFFFFFFF);
            var m = i1 - i0;
            observed[r] += (double)m * (m - 1);
            coactive[r] += m >= 2 ? m : 0;
            var outside = Math.Max(0, baseline.Occupancy[bucket] - m);
            var rest = Math.Max(1, baseline.Total - total[r]);
            var g = outside / (double)rest;
            for (var i = i0; i < i1; i++)
            {
                var own = activeBuckets[owners[order[i]]];
                expected[r] += (total[r] - own) * g;
            }

            i0 = i1;
        }

        for (var r = 0; r < stats.Length; r++)
        {
            stats[r].CoactivityObserved = observed[r];
            stats[r].CoactivityExpected = expected[r];
            stats[r].ActiveBuckets = total[r];
            stats[r].CoactiveBuckets = coactive[r];
        }
    }
}
