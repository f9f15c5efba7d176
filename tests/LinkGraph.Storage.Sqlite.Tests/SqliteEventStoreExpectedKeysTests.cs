using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>
/// Event keys announced ahead of their events (the API's grouped batches) are checked in bulk; what each
/// <c>Add</c> returns and what is stored must be exactly what the per-event check gives.
/// </summary>
public sealed class SqliteEventStoreExpectedKeysTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    // Everything an import writes, by value.
    private static readonly string[] Tables =
    [
        "SELECT key_hash FROM events ORDER BY 1",
        "SELECT i.kind || ':' || i.value || '@' || a.external_id || 'x' || o.count FROM observations o JOIN identifiers i ON i.id = o.identifier_id JOIN accounts a ON a.id = o.account_id ORDER BY 1",
        "SELECT a.external_id || '@' || p.at FROM prompts p JOIN accounts a ON a.id = p.account_id ORDER BY 1",
    ];

    [Fact]
    public void Add_KeysAnnounced_SameResultsAndRowsAsWithout()
    {
        using var announcedDb = new TempDatabase();
        using var plainDb = new TempDatabase();
        using var announced = new SqliteEventStore(announcedDb.Factory) { KeepWriterWarm = true };
        using var plain = new SqliteEventStore(plainDb.Factory) { KeepWriterWarm = true };
        var first = Events("e", 0, 300);
        // Stored before, new, repeated within the batch, and one event whose key is never announced.
        var second = Events("e", 250, 200).Concat(Events("e", 400, 20)).Append(Event("late", 0)).ToList();

        var results = new List<bool>[2];
        foreach (var (store, i) in new[] { (announced, 0), (plain, 1) })
        {
            Write(store, first, announce: i == 0);
            results[i] = Write(store, second, announce: i == 0, announcedCount: second.Count - 1);
        }

        Assert.Equal(results[1], results[0]);
        Assert.Equal(150 + 1, results[0].Count(r => r)); // e300..e449 and "late"
        Assert.Equal(plain.CountEvents(), announced.CountEvents());
        foreach (var sql in Tables)
        {
            Assert.Equal(plainDb.Rows(sql), announcedDb.Rows(sql));
        }
    }

    [Fact]
    public void Add_AnnouncedKeyNeverAdded_NotStored()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Write(store, Events("e", 0, 10), announce: true);
        var batch = Events("e", 10, 5);

        using (var session = store.BeginImport())
        {
            session.ExpectKeys([.. batch.Select(e => e.KeyHash), Event("ghost", 0).KeyHash]);
            Assert.All(batch, e => Assert.True(session.Add(e)));
            session.Commit();
        }

        Assert.Equal(15, store.CountEvents());
        Assert.Equal(["0"], db.Rows($"SELECT count(*) FROM events WHERE key_hash = {Event("ghost", 0).KeyHash}"));
    }

    [Fact]
    public void Add_AnnouncedInRolledBackSession_StoredLaterAsNew()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEventStore(db.Factory) { KeepWriterWarm = true };
        Write(store, Events("e", 0, 10), announce: true);
        var batch = Events("e", 10, 10);

        using (var session = store.BeginImport())
        {
            session.ExpectKeys([.. batch.Select(e => e.KeyHash)]);
            Assert.All(batch, e => Assert.True(session.Add(e)));
        }

        var again = Write(store, batch, announce: true);

        Assert.All(again, Assert.True);
        Assert.Equal(20, store.CountEvents());
    }

    private static List<bool> Write(SqliteEventStore store, List<NormalizedEvent> events, bool announce, int? announcedCount = null)
    {
        using var session = store.BeginImport();
        if (announce)
        {
            session.ExpectKeys([.. events.Take(announcedCount ?? events.Count).Select(e => e.KeyHash)]);
        }

        var results = events.Select(session.Add).ToList();
        session.Commit();
        return results;
    }

    /// <summary>Events idN..id(N+count-1): an IP event, and every third a prompt; the same id gives the same event.</summary>
    private static List<NormalizedEvent> Events(string prefix, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => Event(prefix, i))];

    private static NormalizedEvent Event(string prefix, int i) => new EventNormalizer().Normalize(i % 3 == 0
        ? new AccountEvent(EventType.Prompt, $"acc_{i % 17}", T0.AddMinutes(i), $"Explain topic {i % 5} step by step", $"{prefix}{i}")
        : new AccountEvent(EventType.Ip, $"acc_{i % 17}", T0.AddMinutes(i), $"10.0.{i % 3}.{i % 11}", $"{prefix}{i}"));
}
