using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Abstractions;

/// <summary>
/// Detection runs and their rings. Publishing is atomic for readers: ring reads always come from the latest
/// <see cref="RunState.Succeeded"/> run, so a run in flight is never visible half-written.
/// </summary>
public interface IRunStore
{
    RunRecord CreateRun(string trigger, DateTimeOffset now);

    /// <summary>Moves a queued (or, after a crash, a stale running) run to running; false if it is finished or unknown.</summary>
    bool TryStartRun(string runId, DateTimeOffset now);

    void ReportProgress(string runId, string stage, double percent);

    /// <summary>Stores the rings, links and stage records and marks the run succeeded, in one transaction.</summary>
    void CompleteRun(string runId, DetectionResult result, DateTimeOffset now);

    void FailRun(string runId, string reason, DateTimeOffset now);

    RunRecord? GetRun(string runId);

    /// <summary>Most recent first.</summary>
    IReadOnlyList<RunRecord> ListRuns(int limit);

    /// <summary>Runs queued or running: after a restart these are the ones to run again.</summary>
    IReadOnlyList<RunRecord> ListUnfinishedRuns();

    RunRecord? GetLatestSucceededRun();

    /// <summary>Null when no run has succeeded yet.</summary>
    RingPage? QueryRings(RingQuery query);

    /// <summary>A ring of the latest succeeded run, or null.</summary>
    Ring? GetRing(string ringId);

    /// <summary>The whole rings document of a succeeded run (docs/contract.md §2), or null.</summary>
    RingsDocument? GetRingsDocument(string runId);

    /// <summary>The strongest links stored with a succeeded run (empty if none).</summary>
    IReadOnlyList<AccountLink> GetStrongLinks(string runId);

    /// <summary>The identifiers derived at detection time by a succeeded run (empty if none).</summary>
    IReadOnlyList<DerivedObservation> GetDerivedObservations(string runId);

    /// <summary>The account's profile, or null if the account is unknown.</summary>
    AccountProfile? GetAccount(string account);
}
