using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Streams the event store to a detection run. Each enumeration opens its own connection and reads inside
/// one read transaction, so it sees one consistent snapshot even while an import commits (WAL mode); rows
/// are yielded as they are read, never collected. Enumerations share nothing, so a run may read several
/// tables at once.
/// </summary>
public sealed class SqliteDetectionSource : IDetectionSource
{
    private readonly SqliteConnectionFactory _factory;

    public SqliteDetectionSource(SqliteConnectionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    public int MaxAccountId => MaxId("accounts");

    public int MaxIdentifierId => MaxId("identifiers");

    /// <summary>Accounts ordered by id.</summary>
    public IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken) =>
        Query(
            "SELECT id, external_id, created_at, first_seen, org, email_domain, country FROM accounts ORDER BY id",
            r => new AccountRecord(
                r.GetInt32(0),
                r.GetString(1),
                r.IsDBNull(2) ? null : UnixTime.FromMilliseconds(r.GetInt64(2)),
                UnixTime.FromMilliseconds(r.GetInt64(3)),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6)),
            cancellationToken);

    /// <summary>Identifiers ordered by id.</summary>
    public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) =>
        Query(
            "SELECT id, kind, value FROM identifiers ORDER BY id",
            r => new IdentifierRecord(r.GetInt32(0), (IdentifierKind)r.GetInt32(1), r.GetString(2)),
            cancellationToken);

    /// <summary>Ordered by identifier id, then account id: the primary key's order, so no sort is needed.</summary>
    public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) =>
        Query(
            "SELECT identifier_id, account_id, first_seen, last_seen, count FROM observations ORDER BY identifier_id, account_id",
            r => new ObservationRecord(
                r.GetInt32(1),
                r.GetInt32(0),
                UnixTime.FromMilliseconds(r.GetInt64(2)),
                UnixTime.FromMilliseconds(r.GetInt64(3)),
                r.GetInt32(4)),
            cancellationToken);

    /// <summary>
    /// In arrival (row id) order: a plain table scan. Read through ix_prompts_account_at instead, every row would
    /// cost a table lookup for its identifier, scattered over the whole table.
    /// </summary>
    public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) =>
        Query(
            "SELECT account_id, at, exact_identifier_id FROM prompts ORDER BY id",
            r => new PromptRecord(r.GetInt32(0), UnixTime.FromMilliseconds(r.GetInt64(1)), r.GetInt32(2)),
            cancellationToken);

    /// <summary>Ordered by identifier id (the primary key): each exact prompt's sketch once, not once per prompt event.</summary>
    public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken) =>
        Query(
            "SELECT identifier_id, sketch FROM prompt_sketches ORDER BY identifier_id",
            r => new PromptSketchRecord(r.GetInt32(0), (byte[])r.GetValue(1)),
            cancellationToken);

    private int MaxId(string table)
    {
        using var connection = _factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT coalesce(max(id), 0) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private IEnumerable<T> Query<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        using var connection = _factory.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            if ((++rows & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return map(reader);
        }
    }
}
