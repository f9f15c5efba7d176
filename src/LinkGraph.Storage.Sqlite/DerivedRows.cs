using System.Runtime.InteropServices;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// A run's derived observations arranged for writing: their order by (account, position), which is the table's
/// key order, and for each one how many distinct accounts of the run have its identifier. Linear apart from
/// sorting the distinct accounts: rows are bucketed by account rank (a counting sort, stable, so each account's
/// rows stay in list order), and an identifier is counted once per account bucket.
/// </summary>
internal sealed class DerivedRows
{
    /// <summary>Buckets at most this long are checked for a repeated identifier pairwise; longer ones use a set.</summary>
    private const int PairwiseBucket = 16;

    private DerivedRows(int[] order, int[] sharing)
    {
        Order = order;
        Sharing = sharing;
    }

    /// <summary>Positions in the list, by account (ordinal) and then position.</summary>
    public int[] Order { get; }

    /// <summary>By position in the list: accounts sharing that observation's identifier.</summary>
    public int[] Sharing { get; }

    public static DerivedRows Arrange(IReadOnlyList<DerivedObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var n = observations.Count;
        var rankOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var accountOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(rankOf, observations[i].Account, out var exists);
            if (!exists)
            {
                slot = rankOf.Count - 1;
            }

            accountOf[i] = slot;
        }

        // Rank the distinct accounts ordinally, then bucket the rows by rank.
        var names = new string[rankOf.Count];
        var arrival = new int[rankOf.Count];
        var k = 0;
        foreach (var (name, index) in rankOf)
        {
            names[k] = name;
            arrival[k++] = index;
        }

        Array.Sort(names, arrival, StringComparer.Ordinal);
        var rankOfIndex = new int[names.Length];
        for (var r = 0; r < names.Length; r++)
        {
            rankOfIndex[arrival[r]] = r;
        }

        var start = new int[names.Length + 1];
        for (var i = 0; i < n; i++)
        {
            accountOf[i] = rankOfIndex[accountOf[i]];
            start[accountOf[i] + 1]++;
        }

        for (var r = 0; r < names.Length; r++)
        {
            start[r + 1] += start[r];
        }

        var order = new int[n];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            order[next[accountOf[i]]++] = i;
        }

        return new DerivedRows(order, CountSharing(observations, order, start));
    }

    private static int[] CountSharing(IReadOnlyList<DerivedObservation> observations, int[] order, int[] start)
    {
        var accounts = new Dictionary<(IdentifierKind Kind, string Value), int>();
        var keyOf = new int[observations.Count]; // per position: index of its identifier in counts
        var counts = new List<int>();
        var seen = new HashSet<(IdentifierKind, string)>();
        for (var b = 0; b + 1 < start.Length; b++)
        {
            var from = start[b];
            var to = start[b + 1];
            seen.Clear();
            for (var j = from; j < to; j++)
            {
                var o = observations[order[j]];
                var key = (o.Kind, o.Value);
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(accounts, key, out var exists);
                if (!exists)
                {
                    id = counts.Count;
                    counts.Add(0);
                }

                keyOf[order[j]] = id;
                if (!RepeatsInBucket(observations, order, from, j, to - from, seen, key))
                {
                    counts[id]++;
                }
            }
        }

        var sharing = new int[observations.Count];
        for (var i = 0; i < sharing.Length; i++)
        {
            sharing[i] = counts[keyOf[i]];
        }

        return sharing;
    }

    /// <summary>True when the account (bucket) already had this identifier at an earlier row.</summary>
    private static bool RepeatsInBucket(
        IReadOnlyList<DerivedObservation> observations, int[] order, int from, int j, int length, HashSet<(IdentifierKind, string)> seen, (IdentifierKind Kind, string Value) key)
    {
        if (length > PairwiseBucket)
        {
            return !seen.Add(key);
        }

        for (var p = from; p < j; p++)
        {
            var earlier = observations[order[p]];
            if (earlier.Kind == key.Kind && string.Equals(earlier.Value, key.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
