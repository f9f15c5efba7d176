using LinkGraph.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LinkGraph.Jobs.Tests;

public sealed class DetectionRunnerTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly ScriptedRingDetector _detector = new();

    [Fact]
    public async Task RunAsync_QueuedRun_ReportsEveryStageInOrderAndPublishes()
    {
        var run = _db.Runs.CreateRun("test", DateTimeOffset.UtcNow);
        var seen = new List<StageProgress>();

        var done = await Runner().RunAsync(run.Id, seen.Add, TestContext.Current.CancellationToken);

        Assert.Equal(RunState.Succeeded, done!.State);
        Assert.Equal(
            [RunStages.Ingest, RunStages.Signals, RunStages.Link, RunStages.Cluster, RunStages.Score, RunStages.Publish],
            seen.Select(p => p.Stage));
        Assert.Equal("ring-1", _db.Runs.GetRing("ring-1")!.Id);
    }

    [Fact]
    public async Task RunAsync_DetectorThrows_RunFailedWithTypeAndMessage()
    {
        _detector.Fail = _ => new InvalidDataException("observations table is corrupt");
        var run = _db.Runs.CreateRun("test", DateTimeOffset.UtcNow);

        var done = await Runner().RunAsync(run.Id, null, TestContext.Current.CancellationToken);

        Assert.Equal(RunState.Failed, done!.State);
        Assert.Equal("InvalidDataException: observations table is corrupt", done.FailureReason);
        Assert.Null(_db.Runs.GetLatestSucceededRun());
    }

    [Fact]
    public async Task RunAsync_AlreadySucceeded_DoesNotDetectAgain()
    {
        var run = _db.Runs.CreateRun("test", DateTimeOffset.UtcNow);
        await Runner().RunAsync(run.Id, null, TestContext.Current.CancellationToken);

        var again = await Runner().RunAsync(run.Id, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, _detector.Calls);
        Assert.Equal(RunState.Succeeded, again!.State);
    }

    [Fact]
    public async Task RunAsync_CancelledByShutdown_LeavesRunRunningForRecovery()
    {
        using var shutdown = new CancellationTokenSource();
        _detector.Fail = _ =>
        {
            shutdown.Cancel();
            return new OperationCanceledException(shutdown.Token);
        };
        var run = _db.Runs.CreateRun("test", DateTimeOffset.UtcNow);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(run.Id, null, shutdown.Token));

        Assert.Equal(RunState.Running, _db.Runs.GetRun(run.Id)!.State);
        Assert.Equal([run.Id], _db.Runs.ListUnfinishedRuns().Select(r => r.Id));
    }

    private DetectionRunner Runner() =>
        new(_db.Runs, _detector, TimeProvider.System, Options.Create(new JobsOptions()), NullLogger<DetectionRunner>.Instance);

    public void Dispose() => _db.Dispose();
}
