using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>A run store holding succeeded runs in memory; only the reads the graph sync and export use are implemented.</summary>
public sealed class FakeRunStore : IRunStore
{
    private readonly List<(RingsDocument Document, IReadOnlyList<AccountLink> Links, IReadOnlyList<DerivedObservation> Derived)> _runs = [];

    public void Add(RingsDocument document, IReadOnlyList<AccountLink> links, IReadOnlyList<DerivedObservation> derived) =>
        _runs.Add((document, links, derived));

    public RunRecord? GetLatestSucceededRun()
    {
        if (_runs.Count == 0)
        {
            return null;
        }

        var run = _runs[^1].Document.Run;
        return new RunRecord(run.Id, RunState.Succeeded, "test", run.StartedAt, run.StartedAt, run.FinishedAt, null, 100, run.Accounts, run.Links, _runs[^1].Document.Rings.Count, 0, [], null);
    }

    public RingsDocument? GetRingsDocument(string runId) => Find(runId)?.Document;

    public IReadOnlyList<AccountLink> GetStrongLinks(string runId) => Find(runId)?.Links ?? [];

    public IReadOnlyList<DerivedObservation> GetDerivedObservations(string runId) => Find(runId)?.Derived ?? [];

    public RunRecord CreateRun(string trigger, DateTimeOffset now) => throw new NotSupportedException();

    public bool TryStartRun(string runId, DateTimeOffset now) => throw new NotSupportedException();

    public void ReportProgress(string runId, string stage, double percent) => throw new NotSupportedException();

    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now) => throw new NotSupportedException();

    public void FailRun(string runId, string reason, DateTimeOffset now) => throw new NotSupportedException();

    public RunRecord? GetRun(string runId) => throw new NotSupportedException();

    public IReadOnlyList<RunRecord> ListRuns(int limit) => throw new NotSupportedException();

    public IReadOnlyList<RunRecord> ListUnfinishedRuns() => throw new NotSupportedException();

    public RingPage? QueryRings(RingQuery query) => throw new NotSupportedException();

    public Ring? GetRing(string ringId) => throw new NotSupportedException();

    public AccountProfile? GetAccount(string account) => throw new NotSupportedException();

    private (RingsDocument Document, IReadOnlyList<AccountLink> Links, IReadOnlyList<DerivedObservation> Derived)? Find(string runId)
    {
        foreach (var run in _runs)
        {
            if (run.Document.Run.Id == runId)
            {
                return run;
            }
        }

        return null;
    }
}
