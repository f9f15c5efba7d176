using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;
using static LinkGraph.Storage.Sqlite.Tests.EventImport;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>
/// Run alone: the journal mode and the WAL file depend on which connections are open, and other test classes clear
/// the process-wide connection pool (closing the last connection deletes the WAL file).
/// </summary>
[Collection(nameof(SqliteEventStoreBulkLoadTests))]
[CollectionDefinition(nameof(SqliteEventStoreBulkLoadTests), DisableParallelization = true)]
public sealed class SqliteEventStoreBulkLoadTests
{
    private const string T0 = "2026-03-01T10:00:00Z";
    private const string T1 = "2026-03-01T11:00:00Z";

    private static readonly string Events =
        Line("payment", "a", T0, "card-1") + Line("payment", "b", T1, "card-1") + Line("ip", "a", T0, "10.0.0.1") + Line("prompt", "b", T1, "hello there");

    [Fact]
    public void Import_IntoEmptyStore_BypassesTheWalAndReturnsToWalMode()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { BulkLoadWithRollbackJournal = true };

        var result = Ndjson(store, Events);

        Assert.Equal(4, result.Stored);
        Assert.Equal(0, WalLength(db));
        Assert.Equal(["wal"], db.Rows("PRAGMA journal_mode"));
        Assert.Equal(["a|card-1", "b|card-1"], db.Rows(
            "SELECT a.external_id, i.value FROM observations o JOIN accounts a ON a.id = o.account_id JOIN identifiers i ON i.id = o.identifier_id WHERE i.kind = 1 ORDER BY 1"));
    }

    [Fact]
    public void Import_WithoutBulkLoad_GoesThroughTheWal()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory);

        Ndjson(store, Events);

        Assert.True(WalLength(db) > 0);
    }

    [Fact]
    public void Import_IntoStoreThatHoldsEvents_GoesThroughTheWal()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { BulkLoadWithRollbackJournal = true };
        Ndjson(store, Line("payment", "c", T0, "card-2"));
        Assert.Equal(0, WalLength(db));
        using (var raw = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            raw.Open();
            using var c = raw.CreateCommand();
            c.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", c.ExecuteScalar());
        }

        Ndjson(store, Events);

        Assert.True(WalLength(db) > 0);
        Assert.Equal(["5"], db.Rows("SELECT count(*) FROM event_keys"));
    }

    [Fact]
    public void Import_WhileAnotherConnectionIsOpen_StaysInWalModeAndReaderSeesTheEvents()
    {
        using var db = new TempDatabase();
        using var reader = db.Factory.Open();
        using var store = new SqliteEventStore(db.Factory) { BulkLoadWithRollbackJournal = true };

        Ndjson(store, Events);

        Assert.True(WalLength(db) > 0);
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT count(*) FROM event_keys";
        Assert.Equal(4L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Import_RolledBackInBulkMode_LeavesTheStoreEmptyInWalModeAndReadyForTheNext()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { BulkLoadWithRollbackJournal = true, KeepWriterWarm = true };
        using (var session = store.BeginImport())
        {
            session.Add(new EventNormalizer().Normalize(new AccountEvent(EventType.Payment, "a", DateTimeOffset.UnixEpoch, "card")));
        }

        Assert.Equal(["0|0|0"], db.Rows("SELECT (SELECT count(*) FROM event_keys), (SELECT count(*) FROM accounts), (SELECT count(*) FROM observations)"));
        Assert.Equal(["wal"], db.Rows("PRAGMA journal_mode"));

        Ndjson(store, Events);

        Assert.Equal(["4|2"], db.Rows("SELECT (SELECT count(*) FROM event_keys), (SELECT count(*) FROM accounts)"));
    }

    private static long WalLength(TempDatabase db)
    {
        var wal = new FileInfo(db.Path + "-wal");
        return wal.Exists ? wal.Length : 0;
    }
}
