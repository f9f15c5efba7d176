using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>
/// Idempotency against the keys the writer holds in memory: whatever wrote a key (this writer, an earlier
/// transaction, another writer on the same file, a store opened before migration 6), an event with that key is a
/// duplicate, and a rolled-back key is not.
/// </summary>
public sealed class SqliteEventStoreKeyLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_KeysOfEarlierTransactionsAndOfTheSameOne_StoredOnceInArrivalOrder()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Write(store, Events("e", 0, 300));

        // Stored before, new, and repeated within the batch.
        var results = Write(store, [.. Events("e", 250, 200), .. Events("e", 400, 20)]);

        Assert.Equal([.. Enumerable.Repeat(false, 50), .. Enumerable.Repeat(true, 150), .. Enumerable.Repeat(false, 20)], results);
        Assert.Equal(450, store.CountEvents());
        Assert.Equal(
            [.. Events("e", 0, 450).Select(e => Text(e.KeyHash))],
            db.Rows("SELECT key_hash FROM event_keys ORDER BY rowid"));
    }

    [Fact]
    public void Add_KeysAppendedByAnotherWriterMeanwhile_AreDuplicates()
    {
        using var db = new TempDatabase();
        using var warm = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Write(warm, Events("e", 0, 10));
        using (var other = new SqliteEventStore(db.Factory))
        {
            Write(other, Events("e", 10, 10));
        }

        var results = Write(warm, Events("e", 5, 20));

        Assert.Equal([.. Enumerable.Repeat(false, 15), .. Enumerable.Repeat(true, 5)], results);
        Assert.Equal(25, warm.CountEvents());
    }

    [Fact]
    public void Add_AfterRolledBackSession_ItsKeysStoredLaterAsNew()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Write(store, Events("e", 0, 10));
        var batch = Events("e", 10, 10);

        using (var session = store.BeginImport())
        {
            Assert.All(batch, e => Assert.True(session.Add(e)));
        }

        Assert.Equal([.. Enumerable.Repeat(false, 5), .. Enumerable.Repeat(true, 10)], Write(store, Events("e", 5, 15)));
        Assert.Equal(20, store.CountEvents());
    }

    [Fact]
    public void Add_StoreReopened_KnowsEveryStoredKey()
    {
        using var db = new TempDatabase();
        using (var first = new SqliteEventStore(db.Factory))
        {
            Write(first, Events("e", 0, 100));
        }

        SqliteConnection.ClearAllPools();
        using var reopened = new SqliteEventStore(new SqliteConnectionFactory(db.Path)) { KeepWriterWarm = true };

        Assert.Equal([.. Enumerable.Repeat(false, 100), .. Enumerable.Repeat(true, 1)], Write(reopened, Events("e", 0, 101)));
        Assert.Equal(101, reopened.CountEvents());
    }

    [Fact]
    public void WarmUp_StoredKeys_LoadedBeforeTheFirstSessionWhichStillSeesLaterOnes()
    {
        using var db = new TempDatabase();
        using (var first = new SqliteEventStore(db.Factory))
        {
            Write(first, Events("e", 0, 40));
        }

        using var warm = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        var loaded = warm.WarmUp();
        using (var other = new SqliteEventStore(db.Factory))
        {
            Write(other, Events("e", 40, 10));
        }

        Assert.Equal(40, loaded);
        Assert.Equal([.. Enumerable.Repeat(false, 50), .. Enumerable.Repeat(true, 5)], Write(warm, Events("e", 0, 55)));
        Assert.Equal(55, warm.WarmUp());
        Assert.Throws<InvalidOperationException>(() => new SqliteEventStore(db.Factory).WarmUp());
    }

    [Fact]
    public void Open_StoreWrittenBeforeMigration6_KeysMovedToTheLogAndStillDuplicates()
    {
        using var db = new TempDatabase();
        var stored = Events("e", 0, 3);
        using (var connection = EarlierSchema.OpenBefore(db.Path, 6))
        {
            EarlierSchema.Execute(connection, $"INSERT INTO events (key_hash) VALUES {string.Join(", ", stored.Select(e => $"({e.KeyHash})"))}");
        }

        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };

        Assert.Equal(3, store.CountEvents());
        Assert.Equal([false, false, false, true], Write(store, Events("e", 0, 4)));
        Assert.Equal(["0"], db.Rows("SELECT count(*) FROM sqlite_master WHERE name = 'events'"));
    }

    private static List<bool> Write(SqliteEventStore store, List<NormalizedEvent> events)
    {
        using var session = store.BeginImport();
        var results = events.Select(session.Add).ToList();
        session.Commit();
        return results;
    }

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Events idN..id(N+count-1): an IP event, and every third a prompt; the same id gives the same event.</summary>
    private static List<NormalizedEvent> Events(string prefix, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => Event(prefix, i))];

    private static NormalizedEvent Event(string prefix, int i) => new EventNormalizer().Normalize(i % 3 == 0
        ? new AccountEvent(EventType.Prompt, $"acc_{i % 17}", T0.AddMinutes(i), $"Explain topic {i % 5} step by step", $"{prefix}{i}")
        : new AccountEvent(EventType.Ip, $"acc_{i % 17}", T0.AddMinutes(i), $"10.0.{i % 3}.{i % 11}", $"{prefix}{i}"));
}
