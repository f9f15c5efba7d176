using System.Runtime.InteropServices;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// A run's derived observations arranged for writing: their order by (account, position), which is the table's
/// key order, and for each one how many distinct accounts of the run have its identifier. One pass over the list
/// (in its own order, so the records are read sequentially) gives each row an account number and an identifier
/// number; the rest works on those integers: the distinct accounts are sorted once, the rows bucketed by account
/// rank (a stable counting sort, so each account's rows stay in list order), and an identifier is counted once
/// per account bucket.
/// </summary>
internal sealed class DerivedRows
{
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
        var accountIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var identifierIds = new Dictionary<(IdentifierKind, string), int>();
        var accountOf = new int[n];
        var identifierOf = new int[n];
        string? lastAccount = null;
        (IdentifierKind Kind, string? Value) lastIdentifier = default;
        int lastAccountId = -1, lastIdentifierId = -1;
        for (var i = 0; i < n; i++)
        {
            var o = observations[i];
            // A run's list comes grouped by identifier: consecutive rows mostly share the same value instance.
            if (!ReferenceEquals(o.Account, lastAccount))
            {
                lastAccount = o.Account;
                lastAccountId = IdOf(accountIds, o.Account);
            }

            if (!ReferenceEquals(o.Value, lastIdentifier.Value) || o.Kind != lastIdentifier.Kind)
            {
                lastIdentifier = (o.Kind, o.Value);
                lastIdentifierId = IdOf(identifierIds, (o.Kind, o.Value));
            }

            accountOf[i] = lastAccountId;
            identifierOf[i] = lastIdentifierId;
        }

        var (order, start) = BucketByAccount(accountIds, accountOf);
        return new DerivedRows(order, CountSharing(order, start, identifierOf, identifierIds.Count));
    }

    private static int IdOf<TKey>(Dictionary<TKey, int> ids, TKey key)
        where TKey : notnull
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        if (!exists)
        {
            id = ids.Count - 1;
        }

        return id;
    }

    /// <summary>Row positions by account rank (ordinal order of the account strings), and where each account's bucket starts.</summary>
    private static (int[] Order, int[] Start) BucketByAccount(Dictionary<string, int> accountIds, int[] accountOf)
    {
        var names = new string[accountIds.Count];
        var ids = new int[accountIds.Count];
        var k = 0;
        foreach (var (name, id) in accountIds)
        {
            names[k] = name;
            ids[k++] = id;
        }

        Array.Sort(names, ids, StringComparer.Ordinal);
        var rankOf = new int[names.Length];
        for (var r = 0; r < names.Length; r++)
        {
            rankOf[ids[r]] = r;
        }

        var start = new int[names.Length + 1];
        foreach (var id in accountOf)
        {
            start[rankOf[id] + 1]++;
        }

        for (var r = 0; r < names.Length; r++)
        {
            start[r + 1] += start[r];
        }

        var order = new int[accountOf.Length];
        var next = (int[])start.Clone();
        for (var i = 0; i < accountOf.Length; i++)
        {
            order[next[rankOf[accountOf[i]]]++] = i;
        }

        return (order, start);
    }

    private static int[] CountSharing(int[] order, int[] start, int[] identifierOf, int identifiers)
    {
        var accounts = new int[identifiers];
        var lastBucket = new int[identifiers];
        Array.Fill(lastBucket, -1);
        for (var b = 0; b + 1 < start.Length; b++)
        {
            for (var j = start[b]; j < start[b + 1]; j++)
            {
                var identifier = identifierOf[order[j]];
                if (lastBucket[identifier] != b)
                {
                    // First row of this account with this identifier: one more account shares it.
                    lastBucket[identifier] = b;
                    accounts[identifier]++;
                }
            }
        }

        var sharing = new int[identifierOf.Length];
        for (var i = 0; i < sharing.Length; i++)
        {
            sharing[i] = accounts[identifierOf[i]];
        }

        return sharing;
    }
}
