using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Synchrony of a ring: the most members created (or first prompting) within one sliding window, how many
/// were created (or first prompted) in bursts, and same-org members. Campaigns create accounts in several
/// bursts days apart, so one window sees only the largest; a burst is counted relative to the ring's size
/// (at least <see cref="BurstShare"/> of the other members within <see cref="BurstHalfWindowSeconds"/>), so
/// thousands of students signing up over a week (a dozen an hour, some ninety within three hours of each) are
/// not a burst for a ring of 2,500 (it needs 125), and twenty accounts in forty minutes out of two hundred are.
/// </summary>
internal static class RingTiming
{
    public const long BurstHalfWindowSeconds = 3 * 3600;

    public const double BurstShare = 0.05;

    public const int BurstFloor = 2;

    /// <summary>Other members a member needs within the burst window for a ring of <paramref name="size"/>.</summary>
    public static int BurstMinAccounts(int size) => Math.Max(BurstFloor, (int)Math.Ceiling(BurstShare * (size - 1)));

    public static void Compute(DetectionData d, ActivityBaseline baseline, int[] ringOf, RingStats[] stats)
    {
        var firstPrompt = new long[ringOf.Length];
        Array.Fill(firstPrompt, long.MaxValue);
        for (var p = 0; p < d.PromptAccount.Length; p++)
        {
            var a = d.PromptAccount[p];
            if (ringOf[a] >= 0 && d.PromptAt[p] < firstPrompt[a])
            {
                firstPrompt[a] = d.PromptAt[p];
            }
        }

        // Members grouped by ring, in account order (deterministic).
        var offsets = new int[stats.Length + 1];
        for (var a = 0; a < ringOf.Length; a++)
        {
            if (ringOf[a] >= 0)
            {
                offsets[ringOf[a] + 1]++;
            }
        }

        for (var r = 0; r < stats.Length; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var members = new int[offsets[^1]];
        var fill = (int[])offsets.Clone();
        for (var a = 0; a < ringOf.Length; a++)
        {
            if (ringOf[a] >= 0)
            {
                members[fill[ringOf[a]]++] = a;
            }
        }

        var times = new List<long>();
        var orgs = new List<int>();
        for (var r = 0; r < stats.Length; r++)
        {
            var window = (long)(stats[r].SyncWindowHours * 3600);
            times.Clear();
            for (var i = offsets[r]; i < offsets[r + 1]; i++)
            {
                // Only sign-up events date an account; a first appearance says when the data began, not the account.
                if (d.AccountCreatedKnown[members[i]])
                {
                    times.Add(d.AccountCreated[members[i]]);
                }
            }

            var burstMin = BurstMinAccounts(offsets[r + 1] - offsets[r]);
            stats[r].BurstMinAccounts = burstMin;
            stats[r].CreatedInWindow = DensestWindow(times, window);
            stats[r].CreatedInBursts = InBursts(times, BurstHalfWindowSeconds, burstMin);
            RingCreation.Compute(baseline, times, stats[r]);
            times.Clear();
            for (var i = offsets[r]; i < offsets[r + 1]; i++)
            {
                if (firstPrompt[members[i]] != long.MaxValue)
                {
                    times.Add(firstPrompt[members[i]]);
                }
            }

            stats[r].MembersWithPrompts = times.Count;
            stats[r].FirstPromptInWindow = DensestWindow(times, window);
            stats[r].FirstPromptInBursts = InBursts(times, BurstHalfWindowSeconds, burstMin);
            orgs.Clear();
            for (var i = offsets[r]; i < offsets[r + 1]; i++)
            {
                if (d.AccountOrg[members[i]] >= 0)
                {
                    orgs.Add(d.AccountOrg[members[i]]);
                }
            }

            stats[r].SameOrgMembers = SharedValues(orgs);
        }
    }

    /// <summary>The largest number of values within one window of <paramref name="window"/> (two pointers over sorted values).</summary>
    internal static int DensestWindow(List<long> values, long window)
    {
        values.Sort();
        var best = 0;
        var lo = 0;
        for (var hi = 0; hi < values.Count; hi++)
        {
            while (values[hi] - values[lo] > window)
            {
                lo++;
            }

            best = Math.Max(best, hi - lo + 1);
        }

        return best;
    }

    /// <summary>
    /// How many values have at least <paramref name="minOthers"/> other values within
    /// <paramref name="halfWindow"/> of them (sorted values, two pointers on each side).
    /// </summary>
    internal static int InBursts(List<long> values, long halfWindow, int minOthers)
    {
        values.Sort();
        var inBursts = 0;
        var lo = 0;
        var hi = 0;
        for (var i = 0; i < values.Count; i++)
        {
            while (values[i] - values[lo] > halfWindow)
            {
                lo++;
            }

            hi = Math.Max(hi, i);
            while (hi + 1 < values.Count && values[hi + 1] - values[i] <= halfWindow)
            {
                hi++;
            }

            if (hi - lo >= minOthers)
            {
                inBursts++;
            }
        }

        return inBursts;
    }

    /// <summary>How many of the values occur at least twice.</summary>
    private static int SharedValues(List<int> values)
    {
        values.Sort();
        var shared = 0;
        var i = 0;
        while (i < values.Count)
        {
            var j = i;
            while (j < values.Count && values[j] == values[i])
            {
                j++;
            }

            if (j - i >= 2)
            {
                shared += j - i;
            }

            i = j;
        }

        return shared;
    }
}
