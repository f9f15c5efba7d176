using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Prompts;
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
                r.ColumnInt32(0),
                r.ColumnText(1),
                r.IsNull(2) ? null : UnixTime.FromMilliseconds(r.ColumnInt64(2)),
                UnixTime.FromMilliseconds(r.ColumnInt64(3)),
                r.IsNull(4) ? null : r.ColumnText(4),
                r.IsNull(5) ? null : r.ColumnText(5),
                r.IsNull(6) ? null : r.ColumnText(6)),
            cancellationToken);

    /// <summary>Identifiers ordered by id.</summary>
    public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) =>
        Query(
            "SELECT id, kind, value FROM identifiers ORDER BY id",
            r => new IdentifierRecord(r.ColumnInt32(0), (IdentifierKind)r.ColumnInt32(1), r.ColumnText(2)),
            cancellationToken);

    /// <summary>Ordered by identifier id, then account id: the primary key's order, so no sort is needed.</summary>
    public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) =>
        Query(
            "SELECT identifier_id, account_id, first_seen, last_seen, count FROM observations ORDER BY identifier_id, account_id",
            r => new ObservationRecord(
                r.ColumnInt32(1),
                r.ColumnInt32(0),
                UnixTime.FromMilliseconds(r.ColumnInt64(2)),
                UnixTime.FromMilliseconds(r.ColumnInt64(3)),
                r.ColumnInt32(4)),
            cancellationToken);

    /// <summary>
    /// In arrival (row id) order: a plain table scan. Read through an index by account instead (the schema had one until
    /// migration 0004), every row would cost a table lookup for its identifier, scattered over the whole table.
    /// </summary>
    public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) =>
        Query(
            "SELECT account_id, at, exact_identifier_id FROM prompts ORDER BY id",
            r => new PromptRecord(r.ColumnInt32(0), UnixTime.FromMilliseconds(r.ColumnInt64(1)), r.ColumnInt32(2)),
            cancellationToken);

    /// <summary>
    /// Ordered by identifier id (the primary key): each exact prompt's sketch once, not once per prompt event.
    /// Each record's sketch is one buffer, reused for the next record.
    /// </summary>
    public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken)
    {
        var buffer = new byte[PromptSketcher.SketchBytes];
        return Query(
            "SELECT identifier_id, sketch FROM prompt_sketches ORDER BY identifier_id",
            r =>
            {
                var sketch = r.ColumnBlob(1);
                if (sketch.Length > buffer.Length)
                {
                    buffer = new byte[sketch.Length];
                }

                sketch.CopyTo(buffer);
                return new PromptSketchRecord(r.ColumnInt32(0), buffer.AsMemory(0, sketch.Length));
            },
            cancellationToken);
    }

    private int MaxId(string table)
    {
        using var connection = _factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT coalesce(max(id), 0) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows read through the SQLite C API (<see cref="SqliteStatement"/>): one native call per column.</summary>
    private IEnumerable<T> Query<T>(string sql, Func<SqliteStatement, T> map, CancellationToken cancellationToken)
    {
        using var connection = _factory.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var statement = new SqliteStatement(connection, sql);
        var rows = 0;
        while (statement.Step())
        {
            if ((++rows & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return map(statement);
        }
    }
}
