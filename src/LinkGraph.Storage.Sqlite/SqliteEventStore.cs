using LinkGraph.Core.Abstractions;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The embedded event store (tables of <c>Migrations/0001_events.sql</c>). Each import is one write
/// transaction on its own connection; WAL mode lets readers keep reading committed data meanwhile.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnectionFactory _factory;

    public SqliteEventStore(SqliteConnectionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>
    /// Account ids, and identifier ids (all kinds together), cached per import session before a cache is
    /// cleared: bounds memory on huge imports (about 100 bytes an entry).
    /// </summary>
    public int MaxCachedIds { get; init; } = 1_000_000;

    public IEventWriteSession BeginImport()
    {
        var connection = _factory.Open();
        try
        {
            return new SqliteEventWriteSession(connection, MaxCachedIds);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public long CountEvents()
    {
        using var connection = _factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events";
        return (long)command.ExecuteScalar()!;
    }
}
