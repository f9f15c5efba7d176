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

    private static List<SharedIdentifier> ReadIdentifiers(SqliteConnection connection, long accountId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.kind, i.value, o.first_seen, o.last_seen, o.count, " +
            " (SELECT count(*) FROM observations s WHERE s.identifier_id = o.identifier_id) " +
            "FROM observations o JOIN identifiers i ON i.id = o.identifier_id WHERE o.account_id = $id";
        command.Parameters.AddWithValue("$id", accountId);
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
