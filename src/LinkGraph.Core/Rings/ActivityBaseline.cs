using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Rings;

/// <summary>
/// How many accounts are active in each short time bucket of the whole data set, and when accounts were
/// created: the empirical null that a ring's synchrony is measured against. A ring's members being active in
/// the same minutes, or created in the same days, is surprising only as far as everyone else is not.
/// </summary>
internal sealed class ActivityBaseline
{
    /// <summary>Width of an activity bucket: "the same minutes" of a scheduled wave or a fixed time of day.</summary>
    public const long BucketSeconds = 600;

    private readonly long[] _created;

    private ActivityBaseline(long origin, int[] occupancy, long total, long[] created)
    {
        Origin = origin;
        Occupancy = occupancy;
        Total = total;
        _created = created;
    }

    public long Origin { get; }

    /// <summary>Distinct accounts sending prompts in each bucket.</summary>
    public int[] Occupancy { get; }

    /// <summary>Sum of <see cref="Occupancy"/>: active (account, bucket) pairs in all.</summary>
    public long Total { get; }

    public int CreatedCount => _created.Length;

    /// <summary>The bucket of a time, or -1 outside the data's robust time range (a broken clock's 1970 or 2099).</summary>
    public int BucketOf(long unixSeconds)
    {
        var offset = unixSeconds - Origin;
        if (offset < 0)
        {
            return -1;
        }

        var bucket = offset / BucketSeconds;
        return bucket < Occupancy.Length ? (int)bucket : -1;
    }

    /// <summary>Accounts created in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int CreatedBetween(long from, long to)
    {
        var lo = LowerBound(_created, from);
        var hi = LowerBound(_created, to + 1);
        return hi - lo;
    }

    public static ActivityBaseline Build(DetectionData d)
    {
        var origin = d.MinTime - 86_400;
        var buckets = (int)Math.Min(int.MaxValue / 2, ((d.MaxTime + 86_400 - origin) / BucketSeconds) + 1);
        var occupancy = new int[buckets];
        var total = 0L;
        var previousAccount = -1;
        var previousBucket = -1L;

        // Prompts are ordered by account, then time: each account's distinct buckets come in increasing order.
        for (var p = 0; p < d.PromptAccount.Length; p++)
        {
            var offset = d.PromptAt[p] - origin;
            if (offset < 0 || offset / BucketSeconds >= buckets)
            {
                continue;
            }

            var bucket = offset / BucketSeconds;
            var a = d.PromptAccount[p];
            if (a == previousAccount && bucket == previousBucket)
            {
                continue;
            }

            previousAccount = a;
            previousBucket = bucket;
            occupancy[bucket]++;
            total++;
        }

        var created = new long[d.AccountCount];
        var n = 0;
        for (var a = 0; a < d.AccountExternal.Length && n < created.Length; a++)
        {
            if (d.AccountExternal[a] is not null && d.AccountCreatedKnown[a])
            {
                created[n++] = d.AccountCreated[a];
            }
        }

        Array.Sort(created, 0, n);
        if (n < created.Length)
        {
            Array.Resize(ref created, n);
        }

        return new ActivityBaseline(origin, occupancy, total, created);
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
