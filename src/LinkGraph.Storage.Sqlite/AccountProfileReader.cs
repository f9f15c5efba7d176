using System.Collections.Concurrent;
using LinkGraph.Core.Abstractions;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Account profiles: the latest run's part from <see cref="PublishedRunCache"/>, the event store's part read each time,
/// with the sharing counts of crowded identifiers cached for a while.
/// </summary>
internal sealed class AccountProfileReader(PublishedRunCache published)
{
    /// <summary>How many links <see cref="GetAccount"/> returns, strongest first.</summary>
    public const int ProfileLinkLimit = 10;

    /// <summary>How many identifiers <see cref="GetAccount"/> returns, most shared first.</summary>
    public const int ProfileIdentifierLimit = 100;

    private const long SharingCacheTtlMs = 30_000;

    private readonly ConcurrentDictionary<long, (int Accounts, long At)> _sharing = new();

    /// <summary>
    /// One account's profile (this is the call a sign-up or billing flow makes). The run's part (ring, strongest
    /// links, identifiers the run derived) comes from the latest succeeded run's in-memory view, read from the
    /// database once per run and account. The event store's part (the account row, its identifiers and how many
    /// accounts share each) changes with every import, so it is read each time, in one prepared statement on a
    /// pooled connection. Null when no event and no run names the account.
    /// </summary>
    public AccountProfile? GetAccount(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return published.WithReads(reads => ReadProfile(reads, account));
    }

    private AccountProfile? ReadProfile(PreparedReads reads, string account)
    {
        var view = published.CurrentView(reads);
        var run = RunPart(reads, view, account);
        if (published.IsSuperseded(view))
        {
            // A publish landed while this was read (its pruning may have removed what the old run said): read the new run.
            run = RunPart(reads, published.CurrentView(reads), account);
        }
        var live = reads.Live(account);
        if (live is null && run.Ring is null && run.Links.Count == 0)
        {
            return null;
        }

        var identifiers = live is null ? [] : SharedIdentifiers(reads, live);
        identifiers.AddRange(run.Derived);
        identifiers.Sort((a, b) => b.Accounts != a.Accounts ? b.Accounts.CompareTo(a.Accounts) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Value, b.Value));
        if (identifiers.Count > ProfileIdentifierLimit)
        {
            identifiers.RemoveRange(ProfileIdentifierLimit, identifiers.Count - ProfileIdentifierLimit);
        }

        return new AccountProfile(account, live?.CreatedAt, live?.Org, live?.Country, live?.EmailDomain, run.Ring, identifiers, run.Links);
    }

    private static AccountRunPart RunPart(PreparedReads reads, PublishedRunView view, string account)
    {
        if (view.RunId is null)
        {
            return AccountRunPart.None;
        }

        if (view.TryGetAccount(account, out var cached))
        {
            return cached;
        }

        var ring = reads.Membership(view.RunId, account);
        var links = reads.Links(view.RunId, account);
        var derived = reads.Derived(view.RunId, account);
        var part = ring is null && links.Count == 0 && derived.Count == 0 ? AccountRunPart.None : new AccountRunPart(ring, links, derived);
        view.AddAccount(account, part);
        return part;
    }

    /// <remarks>
    /// How many accounts share an identifier is a count over its primary-key range: exact and cheap for most, but
    /// thousands of rows for a carrier NAT or a popular phone. The profile statement counts up to
    /// <see cref="PreparedReads.SharingCap"/>; a count that reaches it is completed here and kept for
    /// <see cref="SharingCacheTtlMs"/>, so such an identifier costs one full count per half minute, not one per
    /// request; a profile may then lag ingest by that much on those identifiers only.
    /// </remarks>
    private List<SharedIdentifier> SharedIdentifiers(PreparedReads reads, LiveAccount live)
    {
        var now = Environment.TickCount64;
        var identifiers = new List<SharedIdentifier>(live.Identifiers.Count + 4);
        foreach (var row in live.Identifiers)
        {
            var accounts = row.CappedSharing;
            if (accounts >= PreparedReads.SharingCap)
            {
                if (!_sharing.TryGetValue(row.Id, out var cached) || now - cached.At > SharingCacheTtlMs)
                {
                    cached = (reads.Sharing(row.Id), now);
                    if (_sharing.Count > 100_000)
                    {
                        _sharing.Clear();
                    }

                    _sharing[row.Id] = cached;
                }

                accounts = cached.Accounts;
            }

            identifiers.Add(new SharedIdentifier(row.Kind, row.Value, accounts, UnixTime.FromMilliseconds(row.FirstSeenMs), UnixTime.FromMilliseconds(row.LastSeenMs), row.Count));
        }

        return identifiers;
    }
}
