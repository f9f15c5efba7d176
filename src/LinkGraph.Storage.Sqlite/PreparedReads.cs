using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// An open read connection with the hot read statements prepared once (preparing them per request cost as much
/// as running them). Pooled by <see cref="SqliteRunStore"/>. Not thread-safe; one request at a time.
/// </summary>
internal sealed class PreparedReads : IDisposable
{
    /// <summary>Sharing counts stop at this many accounts; a capped count is completed (and cached) separately.</summary>
    public const int SharingCap = 64;

    /// <summary>Largest stretch of the database file a read connection maps (SQLite caps it at its own compile-time maximum).</summary>
    private const long MmapBytes = 1L << 30;

    /// <summary>Page cache per pooled read connection, in KiB (SQLite's default is 2 MiB); filled only as pages are read.</summary>
    private const int CacheKiB = 16 * 1024;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _live;
    private readonly SqliteCommand _latestRun;
    private readonly SqliteCommand _ringBody;
    private readonly SqliteCommand _membership;
    private readonly SqliteCommand _links;
    private readonly SqliteCommand _sharing;
    private readonly SqliteCommand _derived;

    public PreparedReads(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // Read the database file through a memory map: a page already in the OS cache costs a memory access, not a
            // read() system call each time (it was a third of a profile read's CPU). Address space only; no copy is made.
            pragma.CommandText = $"PRAGMA mmap_size={MmapBytes}; PRAGMA cache_size=-{CacheKiB}";
            pragma.ExecuteNonQuery();
        }

        // The account row and each identifier it used, with how many accounts share it (counted up to the cap on the
        // identifier's primary-key range), in one statement: one row per identifier, or one row of NULLs beyond the
        // account's own columns when it has none.
        _live = Prepare(
            "SELECT a.created_at, a.email_domain, a.country, a.org, o.identifier_id, i.kind, i.value, o.first_seen, o.last_seen, o.count, " +
            $"(SELECT count(*) FROM (SELECT 1 FROM observations s WHERE s.identifier_id = o.identifier_id LIMIT {SharingCap})) " +
            "FROM accounts a LEFT JOIN observations o ON o.account_id = a.id LEFT JOIN identifiers i ON i.id = o.identifier_id " +
            "WHERE a.external_id = $account",
            "$account");
        _latestRun = Prepare(RunRows.LatestSucceededIdSql);
        _ringBody = Prepare("SELECT body FROM rings WHERE run_id = $run AND ring_id = $ring", "$run", "$ring");
        _membership = Prepare(
            "SELECT r.ring_id, r.score, r.flagged, r.size FROM ring_members m " +
            "JOIN rings r ON r.run_id = m.run_id AND r.ring_id = m.ring_id WHERE m.run_id = $run AND m.account = $account",
            "$run", "$account");
        _links = Prepare(
            "SELECT other, weight, kinds FROM (" +
            " SELECT account_b AS other, weight, kinds FROM run_links WHERE run_id = $run AND account_a = $account" +
            " UNION ALL SELECT account_a, weight, kinds FROM run_links WHERE run_id = $run AND account_b = $account)" +
            $" ORDER BY weight DESC, other LIMIT {AccountProfileReader.ProfileLinkLimit}",
            "$run", "$account");
        _sharing = Prepare("SELECT count(*) FROM observations WHERE identifier_id = $id", "$id");
        _derived = Prepare(
            "SELECT kind, value, first_seen, last_seen, count, sharing FROM run_derived_observations " +
            "WHERE run_seq = (SELECT seq FROM runs WHERE id = $run) AND account = $account ORDER BY ord",
            "$run", "$account");
    }

    /// <summary>The account's own row and its identifiers (sharing capped at <see cref="SharingCap"/>), or null if no event named it.</summary>
    public LiveAccount? Live(string account)
    {
        _live.Parameters[0].Value = account;
        using var reader = _live.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var row = new LiveAccount(
            reader.IsDBNull(0) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            []);
        do
        {
            if (!reader.IsDBNull(4))
            {
                row.Identifiers.Add(new LiveIdentifier(
                    reader.GetInt64(4), (IdentifierKind)reader.GetInt32(5), reader.GetString(6),
                    reader.GetInt64(7), reader.GetInt64(8), reader.GetInt32(9), reader.GetInt32(10)));
            }
        }
        while (reader.Read());

        return row;
    }

    public string? LatestSucceededRunId() => _latestRun.ExecuteScalar() as string;

    public string? RingBody(string runId, string ringId)
    {
        _ringBody.Parameters[0].Value = runId;
        _ringBody.Parameters[1].Value = ringId;
        return _ringBody.ExecuteScalar() as string;
    }

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
        foreach (var command in (SqliteCommand[])[_live, _latestRun, _ringBody, _membership, _links, _sharing, _derived])
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
