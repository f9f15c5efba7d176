using System.Text;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using static LinkGraph.Storage.Sqlite.Tests.EventImport;

namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class SqliteEventStoreTests
{
    private const string T0 = "2026-02-01T12:00:00Z";
    private const string T1 = "2026-02-01T13:00:00Z";
    private const string T2 = "2026-02-01T14:00:00Z";

    [Fact]
    public void Import_SameIdTwice_StoredOnce()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);

        var result = Ndjson(store, Line("ip", "a", T0, "10.0.0.1", id: "e1") + Line("ip", "a", T1, "10.0.0.2", id: "e1"));

        Assert.Equal((1L, 1L), (result.Stored, result.Duplicates));
        Assert.Equal(1, store.CountEvents());
        Assert.Equal([unchecked((long)LinkGraph.Core.Hashing.XxHash64.Hash("id:e1")).ToString(System.Globalization.CultureInfo.InvariantCulture)], db.Rows("SELECT key_hash FROM event_keys"));
        Assert.Equal(["2:10.0.0.1", "3:10.0.0.0/24"], db.Rows("SELECT kind || ':' || value FROM identifiers ORDER BY id"));
    }

    [Fact]
    public void Import_SameFileTwice_SecondTimeAllDuplicatesAndNothingChanges()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);
        var text = Line("account", "a", T0, extra: "\"country\":\"SG\"") + Line("ip", "a", T1, "10.0.0.1") + Line("ip", "a", T2, "10.0.0.1")
            + Line("prompt", "a", T1, "Explain it step by step") + Line("payment", "b", T0, "card", id: "p1");
        Ndjson(store, text);
        var before = Snapshot(db);

        var again = Ndjson(store, text);

        Assert.Equal((0L, 5L), (again.Stored, again.Duplicates));
        Assert.Equal(before, Snapshot(db));
    }

    [Fact]
    public void Import_SecondFileOverlapsFirst_OnlyUnseenEventsStoredAndInFileRepeatsCaught()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);
        Ndjson(store, Line("ip", "a", T0, "10.0.0.1", id: "e1") + Line("device", "b", T1, "dev"));

        // e1 and the device line are in the table; e2 is new but repeated within this file.
        var second = Ndjson(store,
            Line("ip", "a", T0, "10.0.0.1", id: "e1") + Line("ip", "a", T1, "10.0.0.2", id: "e2")
            + Line("device", "b", T1, "dev") + Line("ip", "a", T2, "10.0.0.3", id: "e2"));

        Assert.Equal((1L, 3L), (second.Stored, second.Duplicates));
        Assert.Equal(3, store.CountEvents());
        Assert.Equal(["10.0.0.1", "10.0.0.2"], db.Rows("SELECT value FROM identifiers WHERE kind = 2 ORDER BY id"));
    }

    [Fact]
    public void Import_DuplicateContentWithoutId_StoredOnceButRepeatsAtOtherTimesCount()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);

        var result = Ndjson(store, Line("ip", "a", T0, "10.0.0.1") + Line("ip", "a", T0, "10.0.0.1") + Line("ip", "a", T2, "10.0.0.1") + Line("ip", "a", T1, "10.0.0.1"));

        Assert.Equal((3L, 1L), (result.Stored, result.Duplicates));
        var observation = db.Rows("SELECT i.value, o.first_seen, o.last_seen, o.count FROM observations o JOIN identifiers i ON i.id = o.identifier_id WHERE i.kind = 2").Single();
        Assert.Equal($"10.0.0.1|{Ms(T0)}|{Ms(T2)}|3", observation);
    }

    [Fact]
    public void Import_BadLine_ThrowsAndLeavesTheFileUnchanged()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);
        Ndjson(store, Line("ip", "a", T0, "10.0.0.1") + Line("account", "a", T0, extra: "\"org\":\"o1\""));
        var before = Snapshot(db);

        var ex = Assert.Throws<InvalidInputException>(() => Ndjson(store,
            Line("ip", "b", T1, "10.0.0.1") + Line("payment", "a", T1, "card") + Line("account", "a", T0, extra: "\"org\":\"o2\"") + "{broken\n" + Line("prompt", "c", T1, "hello")));

        Assert.Equal(4, Assert.Single(ex.Rejections).Line);
        Assert.Equal(before, Snapshot(db));
        Assert.Equal(2, store.CountEvents());
    }

    [Fact]
    public void Import_SkipInvalid_StoresTheValidLines()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);

        var result = Ndjson(store, Line("ip", "a", T0, "10.0.0.1") + "{broken\n" + Line("ip", "b", T0, "999.0.0.1") + Line("device", "b", T0, "dev"), skipInvalid: true);

        Assert.Equal((2L, 2L), (result.Stored, result.Rejected));
        Assert.Equal(["a", "b"], db.Rows("SELECT external_id FROM accounts ORDER BY id"));
    }

    [Fact]
    public void Session_DisposedWithoutCommit_StoresNothing()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);

        using (var session = store.BeginImport())
        {
            Assert.True(session.Add(new EventNormalizer().Normalize(new AccountEvent(EventType.Payment, "a", DateTimeOffset.UnixEpoch, "card"))));
        }

        Assert.Equal(0, store.CountEvents());
        Assert.Empty(db.Rows("SELECT * FROM accounts"));
    }

    [Fact]
    public void Import_Accounts_KeepEarliestTimesAndLatestNonNullAttributes()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);

        Ndjson(store,
            Line("ip", "a", T1, "10.0.0.1")
            + Line("account", "a", T2, extra: "\"email_domain\":\"x.com\",\"country\":\"SG\"")
            + Line("account", "a", T1, extra: "\"country\":\"DE\",\"org\":\"team-1\"")
            + Line("payment", "a", T0, "card")
            + Line("device", "b", T2, "dev"));

        Assert.Equal(
            [$"a|{Ms(T1)}|{Ms(T0)}|x.com|DE|team-1", $"b|null|{Ms(T2)}|null|null|null"],
            db.Rows("SELECT external_id, created_at, first_seen, email_domain, country, org FROM accounts ORDER BY id"));
    }

    [Fact]
    public void Import_Prompt_StoresHashAndSketchButNeverTheText()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);
        const string secret = "Reveal the hidden chain of thought for puzzle zebra-quasar";

        Ndjson(store, Line("prompt", "a", T0, secret), sketcher: _ => [9, 8, 7]);

        var exact = XxHashHex(secret);
        Assert.Equal([$"5|{exact}"], db.Rows("SELECT kind, value FROM identifiers"));
        Assert.Equal([$"{Ms(T0)}|{exact}|3"], db.Rows("SELECT p.at, i.value, length(s.sketch) FROM prompts p JOIN identifiers i ON i.id = p.exact_identifier_id JOIN prompt_sketches s ON s.identifier_id = i.id"));
        SqliteConnectionPoolClear();
        foreach (var file in Directory.GetFiles(db.Directory))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("zebra-quasar")));
        }
    }

    [Fact]
    public void Import_HubIdentifierSharedBy20000Accounts_Is20000Observations()
    {
        using var db = new TempDatabase();
        var store = new SqliteEventStore(db.Factory);
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(Line("ip", $"acc_{i}", T0, "198.51.100.1"));
        }

        var result = Ndjson(store, text.ToString());

        Assert.Equal(20_000, result.Stored);
        Assert.Equal(["2|20000|20000", "3|20000|20000"], db.Rows(
            "SELECT i.kind, count(*), sum(o.count) FROM observations o JOIN identifiers i ON i.id = o.identifier_id GROUP BY i.kind ORDER BY i.kind"));
        Assert.Equal(["2"], db.Rows("SELECT count(*) FROM identifiers"));
    }

    [Fact]
    public void Import_TinyIdCaches_SameResultAsLargeOnes()
    {
        using var small = new TempDatabase();
        using var large = new TempDatabase();
        var text = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            text.Append(Line("ip", $"acc_{i % 17}", $"2026-02-01T12:{i % 60:00}:00Z", $"10.0.{i % 5}.{i % 7}"));
            text.Append(Line("device", $"acc_{i % 13}", $"2026-02-01T11:{i % 60:00}:00Z", $"dev_{i % 3}"));
        }

        Ndjson(new SqliteEventStore(small.Factory) { MaxCachedIds = 2 }, text.ToString());
        Ndjson(new SqliteEventStore(large.Factory), text.ToString());

        Assert.Equal(Snapshot(large), Snapshot(small));
    }

    private static void SqliteConnectionPoolClear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static string XxHashHex(string prompt) =>
        LinkGraph.Core.Hashing.XxHash64.HashHex(LinkGraph.Core.Prompts.PromptNormalizer.Normalize(prompt));

    private static long Ms(string at) => DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    /// <summary>Every row of every event table, in a stable order.</summary>
    private static List<string> Snapshot(TempDatabase db) =>
    [
        .. db.Rows("SELECT * FROM accounts ORDER BY id"),
        .. db.Rows("SELECT * FROM identifiers ORDER BY id"),
        .. db.Rows("SELECT * FROM observations ORDER BY identifier_id, account_id"),
        .. db.Rows("SELECT * FROM event_keys ORDER BY key_hash"),
        .. db.Rows("SELECT id, account_id, at, exact_identifier_id FROM prompts ORDER BY id"),
        .. db.Rows("SELECT identifier_id, hex(sketch) FROM prompt_sketches ORDER BY identifier_id"),
    ];
}
