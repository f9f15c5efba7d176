using System.Collections.Concurrent;
using LinkGraph.Core.Abstractions;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>How many links <see cref="GetAccount"/> returns, strongest first.</summary>
    public const int ProfileLinkLimit = 10;

    /// <summary>How many identifiers <see cref="GetAccount"/> returns, most shared first.</summary>
    public const int ProfileIdentifierLimit = 100;

    private const int CachedSharingFrom = 64;
    private const long SharingCacheTtlMs = 30_000;
    private const int PooledProfileReaders = 16;

    private readonly ConcurrentDictionary<long, (int Accounts, long At)> _sharing = new();
    private readonly ConcurrentBag<AccountProfileReader> _profileReaders = [];

    /// <summary>
    /// One account's profile in a handful of indexed lookups on a pooled connection with prepared statements (this
    /// is the call a sign-up or billing flow makes): the account row (unique index on external_id), its identifiers
    /// (observations' account index) with how many accounts share each (a primary-key range count), the prompt
    /// templates the latest succeeded run found for it, its ring in that run and its strongest links there. Null
    /// when no event and no run names it.
    /// </summary>
    public AccountProfile? GetAccount(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var reader = _profileReaders.TryTake(out var pooled) ? pooled : new AccountProfileReader(_connections.ConnectionString);
        try
        {
            var profile = ReadProfile(reader, account);
            if (_profileReaders.Count < PooledProfileReaders)
            {
                _profileReaders.Add(reader);
                reader = null;
            }

            return profile;
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private AccountProfile? ReadProfile(AccountProfileReader reader, string account)
    {
        var row = reader.Account(account);
        var runId = reader.LatestSucceededRunId();
        var ring = runId is null ? null : reader.Membership(runId, account);
        var links = runId is null ? [] : reader.Links(runId, account);
        if (row is null && ring is null && links.Count == 0)
        {
            return null;
        }

        var identifiers = row is { } r ? ReadIdentifiers(reader, r.Id) : [];
        if (runId is not null)
        {
            identifiers.AddRange(reader.Derived(runId, account));
        }

        identifiers.Sort((a, b) => b.Accounts != a.Accounts ? b.Accounts.CompareTo(a.Accounts) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Value, b.Value));
        if (identifiers.Count > ProfileIdentifierLimit)
        {
            identifiers.RemoveRange(ProfileIdentifierLimit, identifiers.Count - ProfileIdentifierLimit);
        }

        return new AccountProfile(account, row?.CreatedAt, row?.Org, row?.Country, row?.EmailDomain, ring, identifiers, links);
    }

    /// <remarks>
    /// How many accounts share an identifier is a count over its primary-key range: exact and cheap for most, but
    /// thousands of rows for a carrier NAT or a popular phone. Counts of at least <see cref="CachedSharingFrom"/> are
    /// kept for <see cref="SharingCacheTtlMs"/>, so such an identifier costs one count per half minute, not one per
    /// request; a profile may then lag ingest by that much on those identifiers only.
    /// </remarks>
    private List<SharedIdentifier> ReadIdentifiers(AccountProfileReader reader, long accountId)
    {
        var rows = reader.Identifiers(accountId);
        var now = Environment.TickCount64;
        var identifiers = new List<SharedIdentifier>(rows.Count);
        foreach (var row in rows)
        {
            if (!_sharing.TryGetValue(row.Id, out var cached) || now - cached.At > SharingCacheTtlMs)
            {
                cached = (reader.Sharing(row.Id), now);
                if (cached.Accounts >= CachedSharingFrom)
                {
                    if (_sharing.Count > 100_000)
                    {
                        _sharing.Clear();
                    }

                    _sharing[row.Id] = cached;
                }
            }

            identifiers.Add(new SharedIdentifier(row.Kind, row.Value, cached.Accounts, FromMs(row.First), FromMs(row.Last), row.Count));
        }

        return identifiers;
    }
}
