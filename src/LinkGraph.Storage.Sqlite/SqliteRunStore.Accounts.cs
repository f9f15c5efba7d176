using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>How many links <see cref="GetAccount"/> returns, strongest first.</summary>
    public const int ProfileLinkLimit = 10;

    /// <summary>How many identifiers <see cref="GetAccount"/> returns, most shared first.</summary>
    public const int ProfileIdentifierLimit = 100;

    private const int CachedSharingFrom = 64;
    private const long SharingCacheTtlMs = 30_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, (int Accounts, long At)> _sharing = new();

    /// <summary>
    /// One account's profile in a handful of indexed lookups (this is the call a sign-up or billing flow makes):
    /// the account row (unique index on external_id), its identifiers (observations' account index) with how
    /// many accounts share each (a primary-key range count), the prompt templates the latest succeeded run found
    /// for it, its ring in that run and its strongest links there. Null when no event and no run names it.
    /// </summary>
    public AccountProfile? GetAccount(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var connection = OpenReader();
        var row = ReadAccountRow(connection, account);
        var runId = LatestSucceededRunId(connection);
        var ring = runId is null ? null : ReadMembership(connection, runId, account);
        var links = runId is null ? [] : ReadLinks(connection, runId, account);
        if (row is null && ring is null && links.Count == 0)
        {
            return null;
        }

        var identifiers = row is { } r ? ReadIdentifiers(connection, r.Id) : [];
        if (runId is not null)
        {
            identifiers.AddRange(ReadDerivedIdentifiers(connection, runId, account));
        }

        identifiers.Sort((a, b) => b.Accounts != a.Accounts ? b.Accounts.CompareTo(a.Accounts) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Value, b.Value));
        if (identifiers.Count > ProfileIdentifierLimit)
        {
            identifiers.RemoveRange(ProfileIdentifierLimit, identifiers.Count - ProfileIdentifierLimit);
        }

        return new AccountProfile(account, row?.CreatedAt, row?.Org, row?.Country, row?.EmailDomain, ring, identifiers, links);
    }

    private static AccountRow? ReadAccountRow(SqliteConnection connection, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, created_at, email_domain, country, org FROM accounts WHERE external_id = $account";
        command.Parameters.AddWithValue("$account", account);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new AccountRow(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : FromMs(reader.GetInt64(1)),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    /// <remarks>
    /// How many accounts share an identifier is a count over its primary-key range: exact and cheap for most, but
    /// thousands of rows for a carrier NAT or a popular phone. Counts of at least <see cref="CachedSharingFrom"/> are
    /// kept for <see cref="SharingCacheTtlMs"/>, so such an identifier costs one count per half minute, not one per
    /// request; a profile may then lag ingest by that much on those identifiers only.
    /// </remarks>
    private List<SharedIdentifier> ReadIdentifiers(SqliteConnection connection, long accountId)
    {
        var rows = new List<(long Id, IdentifierKind Kind, string Value, long First, long Last, int Count)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT o.identifier_id, i.kind, i.value, o.first_seen, o.last_seen, o.count " +
                "FROM observations o JOIN identifiers i ON i.id = o.identifier_id WHERE o.account_id = $id";
            command.Parameters.AddWithValue("$id", accountId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), (IdentifierKind)reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt32(5)));
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM observations WHERE identifier_id = $id";
        var id = count.Parameters.Add("$id", SqliteType.Integer);
        var now = Environment.TickCount64;
        var identifiers = new List<SharedIdentifier>(rows.Count);
        foreach (var row in rows)
        {
            if (!_sharing.TryGetValue(row.Id, out var cached) || now - cached.At > SharingCacheTtlMs)
            {
                id.Value = row.Id;
                cached = ((int)(long)count.ExecuteScalar()!, now);
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

    private static List<SharedIdentifier> ReadDerivedIdentifiers(SqliteConnection connection, string runId, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT kind, value, first_seen, last_seen, count, sharing FROM run_derived_observations WHERE run_id = $run AND account = $account";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$account", account);
        var identifiers = new List<SharedIdentifier>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            identifiers.Add(new SharedIdentifier(
                (IdentifierKind)reader.GetInt32(0), reader.GetString(1), reader.GetInt32(5),
                FromMs(reader.GetInt64(2)), FromMs(reader.GetInt64(3)), reader.GetInt32(4)));
        }

        return identifiers;
    }

    private static string? LatestSucceededRunId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private static AccountRingMembership? ReadMembership(SqliteConnection connection, string runId, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT r.ring_id, r.score, r.flagged, r.size FROM ring_members m " +
            "JOIN rings r ON r.run_id = m.run_id AND r.ring_id = m.ring_id WHERE m.run_id = $run AND m.account = $account";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$account", account);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AccountRingMembership(reader.GetString(0), runId, reader.GetDouble(1), reader.GetInt64(2) != 0, reader.GetInt32(3))
            : null;
    }

    private static List<AccountLinkView> ReadLinks(SqliteConnection connection, string runId, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT other, weight, kinds FROM (" +
            " SELECT account_b AS other, weight, kinds FROM run_links WHERE run_id = $run AND account_a = $account" +
            " UNION ALL SELECT account_a, weight, kinds FROM run_links WHERE run_id = $run AND account_b = $account)" +
            " ORDER BY weight DESC, other LIMIT $limit";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$account", account);
        command.Parameters.AddWithValue("$limit", ProfileLinkLimit);
        var links = new List<AccountLinkView>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new AccountLinkView(reader.GetString(0), reader.GetDouble(1), SplitKinds(reader.GetString(2))));
        }

        return links;
    }

    private sealed record AccountRow(long Id, DateTimeOffset? CreatedAt, string? EmailDomain, string? Country, string? Org);
}
