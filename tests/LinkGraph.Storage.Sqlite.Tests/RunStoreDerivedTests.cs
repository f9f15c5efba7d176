using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>Derived observations: stored by account, read back in published order, each with its identifier's sharing count.</summary>
public sealed class RunStoreDerivedTests : IDisposable
{
    private static readonly DateTimeOffset T0 = RunStoreFixture.T0;

    private readonly RunStoreFixture _db = new(retainedRuns: 2);

    [Fact]
    public void GetDerivedObservations_AccountsOutOfOrder_RoundTripInPublishedOrder()
    {
        var input = RunStoreFixture.ThreeRings() with { DerivedObservations = Observations() };
        var id = _db.Publish(input, 0);

        Assert.Equal(input.DerivedObservations, _db.Store.GetDerivedObservations(id));
    }

    [Fact]
    public void GetAccount_DerivedIdentifiers_SharingCountsDistinctAccountsPerKindAndValue()
    {
        _db.Publish(RunStoreFixture.ThreeRings() with { DerivedObservations = Observations() }, 0);

        // tpl-1 (template): c1 twice and c2 once = 2 accounts; tpl-2: c3 and c1 = 2; tpl-1 as an exact prompt: c4 only.
        Assert.Equal([("tpl-1", 2, 1), ("tpl-1", 2, 3), ("tpl-2", 2, 2)], Derived("c1").OrderBy(d => d.Value, StringComparer.Ordinal).ThenBy(d => d.Count));
        Assert.Equal([2, 2], Derived("c2").Where(d => d.Value == "tpl-1").Select(d => d.Accounts));
        Assert.Equal(22, Derived("c2").Count);
        Assert.All(Derived("c2").Where(d => d.Value.StartsWith("own-", StringComparison.Ordinal)), d => Assert.Equal(1, d.Accounts));
        Assert.Equal([("tpl-1", 1, 7)], Derived("c4"));
    }

    [Fact]
    public void CompleteRun_BeyondRetention_PrunesDerivedObservationsOfOldestRun()
    {
        var input = RunStoreFixture.ThreeRings() with { DerivedObservations = Observations() };
        var first = _db.Publish(input, 0);
        var second = _db.Publish(input, 1);
        var third = _db.Publish(input, 2);

        Assert.Empty(_db.Store.GetDerivedObservations(first));
        Assert.Equal(input.DerivedObservations, _db.Store.GetDerivedObservations(second));
        Assert.Equal(input.DerivedObservations, _db.Store.GetDerivedObservations(third));
        Assert.Equal(2 * input.DerivedObservations.Count, Count("SELECT count(*) FROM run_derived_observations"));
    }

    [Fact]
    public void CompleteRun_DuplicateRingId_ThrowsAndWritesNothing()
    {
        var bad = RunStoreFixture.ThreeRings() with
        {
            Rings = [RunStoreFixture.Ring("same", 0.9, true, ["a", "b"]), RunStoreFixture.Ring("same", 0.5, true, ["c", "d"])],
        };
        var run = _db.Store.CreateRun("api", T0);
        _db.Store.TryStartRun(run.Id, T0);

        var e = Assert.Throws<LinkGraphException>(() => _db.Store.CompleteRun(run.Id, bad, T0.AddMinutes(1)));

        Assert.Equal("duplicate_ring", e.Code);
        Assert.Contains("'same'", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT count(*) FROM rings") + Count("SELECT count(*) FROM run_derived_observations"));
    }

    [Fact]
    public void Open_StoreWithRunRowsOfEarlierLayout_KeepsRingsAndDerivedInOrderWithSharing()
    {
        var path = Path.Combine(Path.GetTempPath(), "linkgraph-tests", Guid.NewGuid().ToString("n"), "old.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            WriteEarlierLayout(path);

            var store = new SqliteRunStore(new SqliteConnectionFactory(path));

            Assert.Equal(
                [("z9", "tpl-b"), ("c1", "tpl-a"), ("c2", "tpl-a")],
                store.GetDerivedObservations("run-old").Select(d => (d.Account, d.Value)));
            var profile = store.GetAccount("c1")!;
            Assert.Equal([(IdentifierKind.PromptTemplate, "tpl-a", 2)], profile.Identifiers.Select(i => (i.Kind, i.Value, i.Accounts)));
            Assert.Equal(("r1", 2), (profile.Ring!.RingId, profile.Ring.Size));
            Assert.Equal("{\"id\":\"r1\"}", store.GetRingJson("r1"));
            Assert.Equal(["{\"id\":\"r2\"}", "{\"id\":\"r1\"}"], store.QueryRingsJson(new() { Sort = "size" })!.Rings);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    public void Dispose() => _db.Dispose();

    /// <summary>A database at the layout before migration 5, with one published run: two rings, and derived rows whose rowid order is not account order.</summary>
    private static void WriteEarlierLayout(string path)
    {
        using var connection = EarlierSchema.OpenBefore(path, 5);
        EarlierSchema.Execute(connection,
            "INSERT INTO runs (id, state, trigger, created_at, started_at, finished_at) VALUES ('run-old', 2, 'cli', 1, 2, 3);" +
            "INSERT INTO rings VALUES ('run-old', 'r1', 0, 0.9, 1, 2, '{}', '{\"id\":\"r1\"}'), ('run-old', 'r2', 1, 0.5, 0, 5, '{}', '{\"id\":\"r2\"}');" +
            "INSERT INTO ring_members VALUES ('run-old', 'c1', 'r1'), ('run-old', 'c2', 'r1');" +
            "INSERT INTO run_derived_observations VALUES " +
            "('run-old', 'z9', 6, 'tpl-b', 10, 20, 1, 1), ('run-old', 'c1', 6, 'tpl-a', 10, 20, 2, 2), ('run-old', 'c2', 6, 'tpl-a', 10, 20, 3, 2)");
    }

    /// <summary>Accounts out of ordinal order, a repeated identifier, one value under two kinds, and one account past the pairwise check.</summary>
    private static List<DerivedObservation> Observations()
    {
        var list = new List<DerivedObservation>
        {
            new("c3", IdentifierKind.PromptTemplate, "tpl-2", T0, T0.AddMinutes(1), 5),
            new("c1", IdentifierKind.PromptTemplate, "tpl-1", T0, T0.AddMinutes(2), 3),
            new("c4", IdentifierKind.PromptExact, "tpl-1", T0, T0.AddMinutes(3), 7),
            new("c2", IdentifierKind.PromptTemplate, "tpl-1", T0, T0.AddMinutes(4), 1),
            new("c1", IdentifierKind.PromptTemplate, "tpl-2", T0, T0.AddMinutes(5), 2),
            new("c1", IdentifierKind.PromptTemplate, "tpl-1", T0, T0.AddMinutes(6), 1),
        };
        for (var i = 0; i < 20; i++)
        {
            list.Add(new("c2", IdentifierKind.PromptTemplate, $"own-{i}", T0, T0.AddMinutes(i), 1));
        }

        list.Add(new("c2", IdentifierKind.PromptTemplate, "tpl-1", T0, T0.AddHours(1), 2));
        return list;
    }

    private List<(string Value, int Accounts, int Count)> Derived(string account) =>
        _db.Store.GetAccount(account)!.Identifiers
            .Where(i => i.Kind is IdentifierKind.PromptTemplate or IdentifierKind.PromptExact)
            .Select(i => (i.Value, i.Accounts, i.Count))
            .ToList();

    private long Count(string sql)
    {
        using var connection = _db.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
