using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Rings;

/// <summary>Synchrony of a ring: the most members created (or first prompting) within one sliding window, and same-org members.</summary>
internal static class RingTiming
{
    public static void Compute(DetectionData d, int[] ringOf, RingStats[] stats)
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
                times.Add(d.AccountCreated[members[i]]);
            }

            stats[r].CreatedInWindow = DensestWindow(times, window);
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
