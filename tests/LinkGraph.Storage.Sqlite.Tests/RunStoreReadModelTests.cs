using System.Text;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>
/// The in-memory read model of the published run: served from memory, yet never older than the atomic switch
/// (this store's publish switches at once; another process's within the check interval), and never hiding what
/// imports change in the event store.
/// </summary>
public sealed class RunStoreReadModelTests : IDisposable
{
    private readonly RunStoreFixture _db = new(retainedRuns: 3);

    [Fact]
    public void GetRingUtf8_Published_EqualsStoredJsonAsUtf8()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var first = _db.Store.GetRingUtf8("r-top")!;
        var second = _db.Store.GetRingUtf8("r-top")!;

        Assert.Equal(_db.Store.GetRingJson("r-top"), Encoding.UTF8.GetString(first));
        Assert.Same(first, second); // the second read is the cached body
        Assert.Null(_db.Store.GetRingUtf8("no-such-ring"));
    }

    [Fact]
    public void GetRingUtf8_NewerRunPublishedBySameStore_ServesNewRunAtOnce()
    {
        _db.Publish(RunStoreFixture.ThreeRings("old-"), 0);
        Assert.NotNull(_db.Store.GetRingUtf8("old-r-top"));

        _db.Publish(RunStoreFixture.ThreeRings("new-"), 5);

        Assert.Null(_db.Store.GetRingUtf8("old-r-top"));
        Assert.NotNull(_db.Store.GetRingUtf8("new-r-top"));
    }

    [Fact]
    public void GetRingUtf8_RunPublishedByAnotherStore_ServedOnceTheIntervalSaysCheck()
    {
        _db.Publish(RunStoreFixture.ThreeRings("old-"), 0);
        var trusting = new SqliteRunStore(_db.Connections, publishedCheckInterval: TimeSpan.FromHours(1));
        var checking = new SqliteRunStore(_db.Connections, publishedCheckInterval: TimeSpan.Zero);
        Assert.NotNull(trusting.GetRingUtf8("old-r-top"));
        Assert.NotNull(checking.GetRingUtf8("old-r-top"));

        _db.Publish(RunStoreFixture.ThreeRings("new-"), 5); // another store on the same file: like another process

        // Within its interval a store keeps serving the run it knows, whole (it is retained, never half-replaced)...
        Assert.NotNull(trusting.GetRingUtf8("old-r-top"));
        Assert.Null(trusting.GetRingUtf8("new-r-top"));
        // ...and once it checks, it serves the new run.
        Assert.Null(checking.GetRingUtf8("old-r-top"));
        Assert.NotNull(checking.GetRingUtf8("new-r-top"));
        Assert.Equal("new-r-mid", checking.GetAccount("new-a1")!.Ring!.RingId);
    }

    [Fact]
    public void GetAccount_NewerRunPublished_ShowsTheNewRingAndLinks()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);
        Assert.Equal("r-mid", _db.Store.GetAccount("a1")!.Ring!.RingId);

        var moved = RunStoreFixture.ThreeRings() with
        {
            Rings = [RunStoreFixture.Ring("r-moved", 0.8, true, ["a1", "z9"])],
            StrongLinks = [new("z9", "a1", 50, ["payment"])],
            DerivedObservations = [],
        };
        _db.Publish(moved, 5);

        var profile = _db.Store.GetAccount("a1")!;
        Assert.Equal(("r-moved", 2), (profile.Ring!.RingId, profile.Ring.Size));
        Assert.Equal(["z9"], profile.StrongestLinks.Select(l => l.Account));
        Assert.Null(_db.Store.GetAccount("a2")); // in no ring, no link, no event any more
    }

    [Fact]
    public void GetAccount_EventsImportedAfterCaching_ShowsNewIdentifiersAndSharing()
    {
        var events = new SqliteEventStore(_db.Connections);
        EventImport.Ndjson(events, EventImport.Line("payment", "a1", "2026-02-01T12:00:00Z", "card-1"));
        _db.Publish(RunStoreFixture.ThreeRings(), 0);
        var before = _db.Store.GetAccount("a1")!;
        Assert.Equal(1, Assert.Single(before.Identifiers).Accounts);

        EventImport.Ndjson(events,
            EventImport.Line("payment", "a2", "2026-02-01T12:01:00Z", "card-1") +
            EventImport.Line("ip", "a1", "2026-02-01T12:02:00Z", "198.51.100.7"));

        var after = _db.Store.GetAccount("a1")!;
        Assert.Equal("r-mid", after.Ring!.RingId);
        var card = Assert.Single(after.Identifiers, i => i.Kind == IdentifierKind.Payment);
        Assert.Equal(2, card.Accounts);
        Assert.Contains(after.Identifiers, i => i.Kind == IdentifierKind.Ip && i.Value == "198.51.100.7");
    }

    [Fact]
    public void GetAccount_IdentifierSharedBeyondTheCap_CountsEveryAccount()
    {
        var events = new SqliteEventStore(_db.Connections);
        var lines = string.Concat(Enumerable.Range(0, 150).Select(i => EventImport.Line("ip", $"u{i}", "2026-02-01T12:00:00Z", "203.0.113.9")));
        EventImport.Ndjson(events, lines);

        var profile = _db.Store.GetAccount("u7")!;

        Assert.Equal(150, Assert.Single(profile.Identifiers, i => i.Kind == IdentifierKind.Ip).Accounts);
    }

    public void Dispose() => _db.Dispose();
}
