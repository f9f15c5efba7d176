using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using static LinkGraph.Storage.Sqlite.Tests.EventImport;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>
/// A store that keeps one writer, with its id caches, between sessions (the API's ingest path). The caches must
/// never outlive what they describe: a rolled-back batch hands its ids back to SQLite, which gives them to the
/// next new values.
/// </summary>
public sealed class SqliteEventStoreWarmWriterTests
{
    private const string T0 = "2026-02-01T12:00:00Z";
    private const string T1 = "2026-02-01T13:00:00Z";

    // Every observation's identifier and account, by value: wrong if a cached id points at another row.
    private const string ObservationsByValue =
        "SELECT i.kind || ':' || i.value || '@' || a.external_id || 'x' || o.count FROM observations o " +
        "JOIN identifiers i ON i.id = o.identifier_id JOIN accounts a ON a.id = o.account_id ORDER BY 1";

    [Fact]
    public void Import_SecondBatchReusesIdentifiers_LinksToTheSameRows()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };

        Ndjson(store, Line("payment", "a", T0, "card-1") + Line("device", "a", T0, "dev-1"));
        var second = Ndjson(store, Line("payment", "b", T1, "card-1") + Line("device", "a", T1, "dev-1") + Line("payment", "a", T1, "card-1"));

        Assert.Equal((3L, 0L), (second.Stored, second.Duplicates));
        Assert.Equal(["1:card-1", "4:dev-1"], db.Rows("SELECT kind || ':' || value FROM identifiers ORDER BY id"));
        Assert.Equal(["a", "b"], db.Rows("SELECT external_id FROM accounts ORDER BY id"));
        Assert.Equal(["1:card-1@ax2", "1:card-1@bx1", "4:dev-1@ax2"], db.Rows(ObservationsByValue));
    }

    [Fact]
    public void Import_AfterRolledBackBatch_NewValuesGetTheirOwnRows()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        var normalizer = new EventNormalizer();
        Ndjson(store, Line("payment", "a", T0, "card-1"));

        // Inserts account b and card-2 (taking the next row ids), then rolls back.
        using (var session = store.BeginImport())
        {
            Assert.True(session.Add(normalizer.Normalize(new AccountEvent(EventType.Payment, "b", DateTimeOffset.UnixEpoch, "card-2"))));
        }

        // Other new values now get the ids b and card-2 had; b and card-2 come back with ids of their own.
        Ndjson(store, Line("payment", "c", T1, "card-3") + Line("payment", "b", T1, "card-2") + Line("payment", "c", T1, "card-1"));

        Assert.Equal(["a", "c", "b"], db.Rows("SELECT external_id FROM accounts ORDER BY id"));
        Assert.Equal(["1:card-1", "1:card-3", "1:card-2"], db.Rows("SELECT kind || ':' || value FROM identifiers ORDER BY id"));
        Assert.Equal(["1:card-1@ax1", "1:card-1@cx1", "1:card-2@bx1", "1:card-3@cx1"], db.Rows(ObservationsByValue));
    }

    [Fact]
    public void Import_RejectedFileThenSameFileFixed_StoresItOnce()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        var good = Line("ip", "a", T0, "10.0.0.1", id: "e1") + Line("prompt", "b", T1, "Explain step by step");

        Assert.Throws<LinkGraph.Core.Errors.InvalidInputException>(() => Ndjson(store, good + "{\"type\":\"ip\"}\n"));
        var fixedFile = Ndjson(store, good);
        var again = Ndjson(store, good);

        Assert.Equal((2L, 0L), (fixedFile.Stored, fixedFile.Duplicates));
        Assert.Equal((0L, 2L), (again.Stored, again.Duplicates));
        Assert.Equal(2, store.CountEvents());
        Assert.Equal(["1"], db.Rows("SELECT count(*) FROM prompts"));
    }

    [Fact]
    public void Import_WarmAndColdStores_SameRows()
    {
        using var warmDb = new TempDatabase();
        using var coldDb = new TempDatabase();
        using var warm = new SqliteEventStore(warmDb.Factory) { KeepWriterWarm = true, MaxCachedIds = 3 };
        var cold = new SqliteEventStore(coldDb.Factory);
        for (var batch = 0; batch < 4; batch++)
        {
            var text = string.Concat(Enumerable.Range(0, 150).Select(i =>
                Line("ip", $"acc_{(i * 7 + batch) % 23}", $"2026-02-01T1{batch}:{i % 60:00}:00Z", $"10.0.{i % 4}.{(i + batch) % 9}")
                + Line("prompt", $"acc_{i % 11}", $"2026-02-01T1{batch}:{i % 60:00}:30Z", $"Explain topic {(i + batch) % 13} step by step")));
            Ndjson(warm, text);
            Ndjson(cold, text);
        }

        foreach (var sql in new[] { ObservationsByValue, "SELECT external_id, first_seen FROM accounts ORDER BY 1", "SELECT a.external_id, p.at, i.value FROM prompts p JOIN accounts a ON a.id = p.account_id JOIN identifiers i ON i.id = p.exact_identifier_id ORDER BY p.id" })
        {
            Assert.Equal(coldDb.Rows(sql), warmDb.Rows(sql));
        }
    }

    [Fact]
    public void Import_AnotherWriterAddedRowsBetweenBatches_LinksToThemAndNeverDuplicates()
    {
        using var db = new TempDatabase();
        using var warm = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Ndjson(warm, Line("payment", "a", T0, "card-1"));

        // Another process (here: another store on the same file) adds an account and an identifier.
        Ndjson(new SqliteEventStore(db.Factory), Line("payment", "x", T0, "card-x"));
        Ndjson(warm, Line("payment", "x", T1, "card-1") + Line("payment", "a", T1, "card-x") + Line("payment", "z", T1, "card-z"));

        Assert.Equal(["a", "x", "z"], db.Rows("SELECT external_id FROM accounts ORDER BY id"));
        Assert.Equal(["card-1", "card-x", "card-z"], db.Rows("SELECT value FROM identifiers ORDER BY id"));
        Assert.Equal(["1:card-1@ax1", "1:card-1@xx1", "1:card-x@ax1", "1:card-x@xx1", "1:card-z@zx1"], db.Rows(ObservationsByValue));
    }

    [Fact]
    public void Import_LaterBatchChangesStoredAccount_UpdatesItsRow()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Ndjson(store, Line("ip", "a", T1, "10.0.0.1") + Line("account", "b", T1, extra: "\"org\":\"team-1\""));

        Ndjson(store, Line("account", "a", T1, extra: "\"country\":\"SG\"") + Line("payment", "a", T0, "card") + Line("account", "b", T0));

        Assert.Equal(
            [$"a|{Ms(T1)}|{Ms(T0)}|null|SG|null", $"b|{Ms(T0)}|{Ms(T0)}|null|null|team-1"],
            db.Rows("SELECT external_id, created_at, first_seen, email_domain, country, org FROM accounts ORDER BY id"));
    }

    [Fact]
    public void Import_IntoEmptyStoreCommittedOrRolledBack_SecondaryIndexesStay()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        const string indexes = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('observations', 'prompts') AND sql IS NOT NULL ORDER BY name";
        var before = db.Rows(indexes);
        using (var session = store.BeginImport())
        {
            session.Add(new EventNormalizer().Normalize(new AccountEvent(EventType.Payment, "a", DateTimeOffset.UnixEpoch, "card")));
            session.Add(new EventNormalizer().Normalize(new AccountEvent(EventType.Prompt, "a", DateTimeOffset.UnixEpoch, "hello there")));
        }

        Assert.Equal(["ix_observations_account"], before);
        Assert.Equal(before, db.Rows(indexes));
        Ndjson(store, Line("payment", "a", T0, "card-1") + Line("payment", "b", T0, "card-1") + Line("prompt", "b", T1, "hello there") + Line("prompt", "a", T0, "hello there"));

        Assert.Equal(before, db.Rows(indexes));
        Assert.Equal(["4"], db.Rows("SELECT count(*) FROM observations INDEXED BY ix_observations_account WHERE account_id > 0"));
        Assert.Equal(["2"], db.Rows("SELECT count(*) FROM prompts"));
    }

    [Fact]
    public void Import_AfterCommitFailedMidWrite_NextBatchWritesOnlyItsOwnRows()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Ndjson(store, Line("payment", "a", T0, "card-1"));
        using (var connection = db.Factory.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TRIGGER reject_poison BEFORE INSERT ON identifiers WHEN NEW.value = 'card-poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END";
            command.ExecuteNonQuery();
        }

        // The commit fails while writing the new identifiers, with rows still staged in the multi-row inserts.
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() =>
            Ndjson(store, Line("payment", "b", T1, "card-2") + Line("payment", "c", T1, "card-poison") + Line("payment", "a", T1, "card-3")));
        var next = Ndjson(store, Line("payment", "d", T1, "card-4"));

        Assert.Equal((1L, 0L), (next.Stored, next.Duplicates));
        Assert.Equal(["a", "d"], db.Rows("SELECT external_id FROM accounts ORDER BY id"));
        Assert.Equal(["card-1", "card-4"], db.Rows("SELECT value FROM identifiers ORDER BY id"));
        Assert.Equal(["1:card-1@ax1", "1:card-4@dx1"], db.Rows(ObservationsByValue));
        Assert.Equal(2, store.CountEvents());
    }

    [Fact]
    public void BeginImport_AfterDispose_Throws()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Ndjson(store, Line("payment", "a", T0, "card-1"));

        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.BeginImport());
    }

    private static long Ms(string at) => DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
}
