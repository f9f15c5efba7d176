using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>A run store on its own temporary SQLite file, deleted with the fixture; plus known results to publish.</summary>
public sealed class RunStoreFixture : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lg-runstore-" + Guid.NewGuid().ToString("N"));

    public RunStoreFixture(int retainedRuns = 3)
    {
        Connections = new SqliteConnectionFactory(Path.Combine(_directory, "test.db"));
        Store = new SqliteRunStore(Connections, retainedRuns);
    }

    public SqliteConnectionFactory Connections { get; }

    public SqliteRunStore Store { get; }

    /// <summary>Creates, starts and publishes a run; returns its id.</summary>
    public string Publish(DetectionResult result, int minute)
    {
        var run = Store.CreateRun("test", T0.AddMinutes(minute));
        Assert.True(Store.TryStartRun(run.Id, T0.AddMinutes(minute)));
        Store.CompleteRun(run.Id, result, T0.AddMinutes(minute).AddSeconds(30));
        return run.Id;
    }

    public static Ring Ring(string id, double score, bool flagged, string[] accounts, Dictionary<string, int>? signals = null) =>
        new(id, score, flagged, accounts.Length, accounts, signals ?? new Dictionary<string, int> { ["payment"] = 1 },
            [new RingEvidence("payment", "card_" + id, accounts.Length)], [$"{accounts.Length} accounts paid with one card"]);

    /// <summary>Three rings given out of score order: r-mid (0.6, 3 accounts, ip), r-top (0.9, 2, payment), r-low (0.2, 4, prompt).</summary>
    public static DetectionResult ThreeRings(string prefix = "") => new(
        Accounts: 20,
        Links: 40,
        Rings:
        [
            Ring(prefix + "r-mid", 0.6, true, [prefix + "a1", prefix + "a2", prefix + "a3"], new() { ["ip"] = 2 }),
            Ring(prefix + "r-top", 0.9, true, [prefix + "b1", prefix + "b2"], new() { ["payment"] = 1, ["device"] = 1 }),
            Ring(prefix + "r-low", 0.2, false, [prefix + "c1", prefix + "c2", prefix + "c3", prefix + "c4"], new() { ["prompt"] = 3 }),
        ],
        Stages:
        [
            new StageRecord(RunStages.Signals, TimeSpan.FromMilliseconds(12.5), 100, 30, "30 groups"),
            new StageRecord(RunStages.Link, TimeSpan.FromMilliseconds(3), 30, 40),
        ],
        StrongLinks:
        [
            new AccountLink(prefix + "a1", prefix + "a2", 14.5, ["ip", "device"]),
            new AccountLink(prefix + "a3", prefix + "a1", 20.25, ["ip"]),
            new AccountLink(prefix + "b1", prefix + "b2", 30, ["payment"]),
        ],
        DerivedObservations:
        [
            new DerivedObservation(prefix + "c1", IdentifierKind.PromptTemplate, "tpl-1", T0, T0.AddMinutes(5), 4),
        ]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory left behind is harmless.
        }
    }
}
