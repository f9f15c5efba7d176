using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Prompt events as flat arrays ordered by account, then time, ties in arrival order. The source gives them in
/// arrival order (a store reads that without an index); a counting sort by account, then a per-account sort by
/// time, puts them in order in O(n) plus the small per-account sorts.
/// </summary>
internal sealed class PromptEvents
{
    private const long UnixEpochSeconds = 62_135_596_800;

    private PromptEvents(int[] account, long[] at, int[] exact)
    {
        Account = account;
        At = at;
        Exact = exact;
    }

    public int[] Account { get; }

    /// <summary>Unix seconds.</summary>
    public long[] At { get; }

    /// <summary>The exact-prompt identifier of each event.</summary>
    public int[] Exact { get; }

    public int Count => Account.Length;

    /// <summary>Reads every prompt event, counting each account's prompts into <paramref name="accountPrompts"/>.</summary>
    public static PromptEvents Read(IDetectionSource source, int[] accountPrompts, int identCapacity, CancellationToken ct)
    {
        var accountCapacity = accountPrompts.Length;
        var account = new GrowableArray<int>(4096);
        var ticks = new GrowableArray<long>(4096);
        var exact = new GrowableArray<int>(4096);
        foreach (var p in source.ReadPrompts(ct))
        {
            DetectionDataLoader.CheckId(p.AccountId, accountCapacity, "prompt account");
            DetectionDataLoader.CheckId(p.ExactIdentifierId, identCapacity, "prompt identifier");
            account.Add(p.AccountId);
            ticks.Add(p.At.UtcTicks);
            exact.Add(p.ExactIdentifierId);
            accountPrompts[p.AccountId]++;
        }

        ct.ThrowIfCancellationRequested();
        var order = OrderByAccountThenTime(account.Buffer, ticks.Buffer, accountPrompts, account.Count);
        var sortedAccount = new int[order.Length];
        var start = 0;
        for (var a = 0; a < accountCapacity; a++)
        {
            sortedAccount.AsSpan(start, accountPrompts[a]).Fill(a);
            start += accountPrompts[a];
        }

        var sortedExact = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sortedExact[i] = exact[order[i]];
        }

        var sortedAt = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            // As DateTimeOffset.ToUnixTimeSeconds: ticks are never negative, so division floors.
            sortedAt[i] = (ticks[order[i]] / TimeSpan.TicksPerSecond) - UnixEpochSeconds;
        }

        return new PromptEvents(sortedAccount, sortedAt, sortedExact);
    }

    /// <summary>
    /// The permutation that orders events by account, then time, ties by arrival: counting sort by account
    /// (stable), then each account's run sorted by (time, arrival) unless already in order.
    /// </summary>
    internal static int[] OrderByAccountThenTime(int[] account, long[] ticks, int[] accountCounts, int count)
    {
        var next = new int[accountCounts.Length];
        var sum = 0;
        for (var a = 0; a < accountCounts.Length; a++)
        {
            next[a] = sum;
            sum += accountCounts[a];
        }

        if (sum != count)
        {
            throw new ArgumentException($"account counts add up to {sum}, not {count}", nameof(accountCounts));
        }

        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[next[account[i]]++] = i;
        }

        Comparison<int> byTime = (x, y) => ticks[x] != ticks[y] ? ticks[x].CompareTo(ticks[y]) : x.CompareTo(y);
        var start = 0;
        for (var a = 0; a < accountCounts.Length; a++)
        {
            var run = order.AsSpan(start, accountCounts[a]);
            start += accountCounts[a];
            for (var i = 1; i < run.Length; i++)
            {
                if (ticks[run[i]] < ticks[run[i - 1]])
                {
                    run.Sort(byTime);
                    break;
                }
            }
        }

        return order;
    }
}
