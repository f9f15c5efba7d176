using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class RunStoreLifecycleTests : IDisposable
{
    private readonly RunStoreFixture _db = new();

    [Fact]
    public void CreateRun_NewRun_IsQueuedWithTriggerAndTime()
    {
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0);

        var stored = _db.Store.GetRun(run.Id)!;
        Assert.Equal(RunState.Queued, stored.State);
        Assert.Equal("api", stored.Trigger);
        Assert.Equal(RunStoreFixture.T0, stored.CreatedAt);
        Assert.Null(stored.StartedAt);
        Assert.StartsWith("run-", run.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void TryStartRun_QueuedOrStaleRunning_StartsAndCountsAttempt()
    {
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0);

        Assert.True(_db.Store.TryStartRun(run.Id, RunStoreFixture.T0.AddSeconds(1)));
        // A crashed process leaves it running: a restart may start it again.
        Assert.True(_db.Store.TryStartRun(run.Id, RunStoreFixture.T0.AddSeconds(2)));

        var stored = _db.Store.GetRun(run.Id)!;
        Assert.Equal(RunState.Running, stored.State);
        Assert.Equal(RunStoreFixture.T0.AddSeconds(2), stored.StartedAt);
    }

    [Fact]
    public void TryStartRun_FinishedOrUnknown_ReturnsFalse()
    {
        var done = _db.Publish(RunStoreFixture.ThreeRings(), 0);

        Assert.False(_db.Store.TryStartRun(done, RunStoreFixture.T0.AddHours(1)));
        Assert.False(_db.Store.TryStartRun("run-nope", RunStoreFixture.T0));
        Assert.Equal(RunState.Succeeded, _db.Store.GetRun(done)!.State);
    }

    [Fact]
    public void ReportProgress_Running_RecordsStageAndClampedPercent()
    {
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0);
        _db.Store.TryStartRun(run.Id, RunStoreFixture.T0);

        _db.Store.ReportProgress(run.Id, RunStages.Link, 25);
        Assert.Equal((RunStages.Link, 25.0), (_db.Store.GetRun(run.Id)!.Stage, _db.Store.GetRun(run.Id)!.Progress));

        _db.Store.ReportProgress(run.Id, RunStages.Score, 140);
        Assert.Equal(100, _db.Store.GetRun(run.Id)!.Progress);
    }

    [Fact]
    public void CompleteRun_Running_StoresCountsStagesAndTimings()
    {
        var id = _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var run = _db.Store.GetRun(id)!;
        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal((20, 40L, 3, 2), (run.Accounts, run.Links, run.Rings, run.FlaggedRings));
        Assert.Equal(RunStoreFixture.T0.AddSeconds(30), run.FinishedAt);
        Assert.Equal((RunStages.Publish, 100.0), (run.Stage, run.Progress));
        Assert.Equal(2, run.Stages.Count);
        Assert.Equal(new StageRecord(RunStages.Signals, TimeSpan.FromMilliseconds(12.5), 100, 30, "30 groups"), run.Stages[0]);
        Assert.Null(run.FailureReason);
    }

    [Fact]
    public void CompleteRun_AlreadySucceeded_IsANoOp()
    {
        var id = _db.Publish(RunStoreFixture.ThreeRings(), 0);

        _db.Store.CompleteRun(id, RunStoreFixture.ThreeRings("other-"), RunStoreFixture.T0.AddHours(1));

        Assert.Equal("r-top", _db.Store.GetRingsDocument(id)!.Rings[0].Id);
        Assert.Equal(RunStoreFixture.T0.AddSeconds(30), _db.Store.GetRun(id)!.FinishedAt);
    }

    [Fact]
    public void CompleteRun_QueuedRun_ThrowsNotRunning()
    {
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0);

        var e = Assert.Throws<LinkGraphException>(() => _db.Store.CompleteRun(run.Id, RunStoreFixture.ThreeRings(), RunStoreFixture.T0));

        Assert.Equal("run_not_running", e.Code);
    }

    [Fact]
    public void FailRun_Running_RecordsReasonAndFinishTime()
    {
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0);
        _db.Store.TryStartRun(run.Id, RunStoreFixture.T0);

        _db.Store.FailRun(run.Id, "store unreadable", RunStoreFixture.T0.AddMinutes(1));

        var stored = _db.Store.GetRun(run.Id)!;
        Assert.Equal((RunState.Failed, "store unreadable"), (stored.State, stored.FailureReason));
        Assert.Equal(RunStoreFixture.T0.AddMinutes(1), stored.FinishedAt);
    }

    [Fact]
    public void ListRuns_SeveralRuns_MostRecentFirstUpToLimit()
    {
        var ids = Enumerable.Range(0, 4).Select(i => _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(i)).Id).ToList();

        var listed = _db.Store.ListRuns(3).Select(r => r.Id).ToList();

        Assert.Equal([ids[3], ids[2], ids[1]], listed);
    }

    [Fact]
    public void ListUnfinishedRuns_MixedStates_ReturnsQueuedAndRunningOldestFirst()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);
        var running = _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(1));
        _db.Store.TryStartRun(running.Id, RunStoreFixture.T0.AddMinutes(1));
        var failed = _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(2));
        _db.Store.FailRun(failed.Id, "boom", RunStoreFixture.T0.AddMinutes(2));
        var queued = _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(3));

        var unfinished = _db.Store.ListUnfinishedRuns().Select(r => r.Id).ToList();

        Assert.Equal([running.Id, queued.Id], unfinished);
    }

    public void Dispose() => _db.Dispose();
}
