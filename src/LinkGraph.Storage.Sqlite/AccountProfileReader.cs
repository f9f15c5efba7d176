using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// An open read connection with the account-profile statements prepared once. Pooled by
/// <see cref="SqliteRunStore"/>: preparing six statements per request cost as much as running them.
/// Not thread-safe; one request at a time.
/// </summary>
internal sealed class AccountProfileReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _account;
    private readonly SqliteCommand _latestRun;
    private readonly SqliteCommand _membership;
    private readonly SqliteCommand _links;
    private readonly SqliteCommand _identifiers;
    private readonly SqliteCommand _sharing;
    private readonly SqliteCommand _derived;

    public AccountProfileReader(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _account = Prepare("SELECT id, created_at, email_domain, country, org FROM accounts WHERE external_id = $account", "$account");
        _latestRun = Prepare("SELECT id FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT 1");
        _membership = Prepare(
            "SELECT r.ring_id, r.score, r.flagged, r.size FROM ring_members m " +
            "JOIN rings r ON r.run_id = m.run_id AND r.ring_id = m.ring_id WHERE m.run_id = $run AND m.account = $account",
            "$run", "$account");
        _links = Prepare(
            "SELECT other, weight, kinds FROM (" +
            " SELECT account_b AS other, weight, kinds FROM run_links WHERE run_id = $run AND account_a = $account" +
            " UNION ALL SELECT account_a, weight, kinds FROM run_links WHERE run_id = $run AND account_b = $account)" +
            $" ORDER BY weight DESC, other LIMIT {SqliteRunStore.ProfileLinkLimit}",
            "$run", "$account");
        _identifiers = Prepare(
            "SELECT o.identifier_id, i.kind, i.value, o.first_seen, o.last_seen, o.count " +
            "FROM observations o JOIN identifiers i ON i.id = o.identifier_id WHERE o.account_id = $id",
            "$id");
        _sharing = Prepare("SELECT count(*) FROM observations WHERE identifier_id = $id", "$id");
        _derived = Prepare(
            "SELECT kind, value, first_seen, last_seen, count, sharing FROM run_derived_observations WHERE run_id = $run AND account = $account",
            "$run", "$account");
    }

    public (long Id, DateTimeOffset? CreatedAt, string? EmailDomain, string? Country, string? Org)? Account(string account)
    {
        _account.Parameters[0].Value = account;
        using var reader = _account.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return (reader.GetInt64(0),
            reader.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public string? LatestSucceededRunId() => _latestRun.ExecuteScalar() as string;

    public AccountRingMembership? Membership(string runId, string account)
    {
        _membership.Parameters[0].Value = runId;
        _membership.Parameters[1].Value = account;
        using var reader = _membership.ExecuteReader();
        return reader.Read()
            ? new AccountRingMembership(reader.GetString(0), runId, reader.GetDouble(1), reader.GetInt64(2) != 0, reader.GetInt32(3))
            : null;
    }

    public List<AccountLinkView> Links(string runId, string account)
    {
        _links.Parameters[0].Value = runId;
        _links.Parameters[1].Value = account;
        var links = new List<AccountLinkView>();
        using var reader = _links.ExecuteReader();
        while (reader.Read())
        {
            var kinds = reader.GetString(2);
            links.Add(new AccountLinkView(reader.GetString(0), reader.GetDouble(1), kinds.Length == 0 ? [] : kinds.Split(',')));
        }

        return links;
    }

    public List<(long Id, IdentifierKind Kind, string Value, long First, long Last, int Count)> Identifiers(long accountId)
    {
        _identifiers.Parameters[0].Value = accountId;
        var rows = new List<(long, IdentifierKind, string, long, long, int)>();
        using var reader = _identifiers.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), (IdentifierKind)reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt32(5)));
        }

        return rows;
    }

    public int Sharing(long identifierId)
    {
        _sharing.Parameters[0].Value = identifierId;
        return (int)(long)_sharing.ExecuteScalar()!;
    }

    public List<SharedIdentifier> Derived(string runId, string account)
    {
        _derived.Parameters[0].Value = runId;
        _derived.Parameters[1].Value = account;
        var identifiers = new List<SharedIdentifier>();
        using var reader = _derived.ExecuteReader();
        while (reader.Read())
        {
            identifiers.Add(new SharedIdentifier(
                (IdentifierKind)reader.GetInt32(0), reader.GetString(1), reader.GetInt32(5),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetInt32(4)));
        }

        return identifiers;
    }

    public void Dispose()
    {
        foreach (var command in (SqliteCommand[])[_account, _latestRun, _membership, _links, _identifiers, _sharing, _derived])
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, name == "$id" ? SqliteType.Integer : SqliteType.Text);
        }

        command.Prepare();
        return command;
    }
}
