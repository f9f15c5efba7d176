using System.Collections.Concurrent;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Api.Tests;

/// <summary>The real run store, plus a signal per run when it finishes (succeeded or failed), so tests wait without sleeping.</summary>
public sealed class SignallingRunStore(IRunStore inner) : IRunStore, IRingJsonReader
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RunRecord>> _finished = new();

    public async Task<RunRecord> WaitFinishedAsync(string runId)
    {
        var signal = _finished.GetOrAdd(runId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        if (inner.GetRun(runId) is { State: RunState.Succeeded or RunState.Failed } done)
        {
            return done;
        }

        return await signal.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    public RunRecord CreateRun(string trigger, DateTimeOffset now) => inner.CreateRun(trigger, now);

    public bool TryStartRun(string runId, DateTimeOffset now) => inner.TryStartRun(runId, now);

    public void ReportProgress(string runId, string stage, double percent) => inner.ReportProgress(runId, stage, percent);

    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now)
    {
        inner.CompleteRun(runId, result, now);
        Signal(runId);
    }

    public void FailRun(string runId, string reason, DateTimeOffset now)
    {
        inner.FailRun(runId, reason, now);
        Signal(runId);
    }

    public RunRecord? GetRun(string runId) => inner.GetRun(runId);

    public IReadOnlyList<RunRecord> ListRuns(int limit) => inner.ListRuns(limit);

    public IReadOnlyList<RunRecord> ListUnfinishedRuns() => inner.ListUnfinishedRuns();

    public RunRecord? GetLatestSucceededRun() => inner.GetLatestSucceededRun();

    public RingPage? QueryRings(RingQuery query) => inner.QueryRings(query);

    public Ring? GetRing(string ringId) => inner.GetRing(ringId);

    public RingsDocument? GetRingsDocument(string runId) => inner.GetRingsDocument(runId);

    public IReadOnlyList<AccountLink> GetStrongLinks(string runId) => inner.GetStrongLinks(runId);

    public IReadOnlyList<DerivedObservation> GetDerivedObservations(string runId) => inner.GetDerivedObservations(runId);

    public AccountProfile? GetAccount(string account) => inner.GetAccount(account);

    public string? GetRingJson(string ringId) => ((IRingJsonReader)inner).GetRingJson(ringId);

    public byte[]? GetRingUtf8(string ringId) => ((IRingJsonReader)inner).GetRingUtf8(ringId);

    public RingJsonPage? QueryRingsJson(RingQuery query) => ((IRingJsonReader)inner).QueryRingsJson(query);

    private void Signal(string runId)
    {
        var signal = _finished.GetOrAdd(runId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        signal.TrySetResult(inner.GetRun(runId)!);
    }
}
