using System.ComponentModel;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Api.Contracts;

[Description("A detection run: state, current stage and progress, counts, timings and failure reason (field names as CONTRACT §2).")]
public sealed record RunResponse(
    [property: Description("Run id.")] string Id,
    [property: Description("queued, running, succeeded or failed.")] string State,
    [property: Description("What started it: api, schedule, cli.")] string Trigger,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    [property: Description("Current (or last) stage: ingest, signals, link, cluster, score, publish.")] string? Stage,
    [property: Description("Progress of the whole run, 0..100.")] double Percent,
    int Accounts,
    long Links,
    int Rings,
    int FlaggedRings,
    [property: Description("Per stage: duration, rows in and out, note (filled when the run succeeded).")] IReadOnlyList<StageResponse> Stages,
    [property: Description("Why the run failed, if it did.")] string? FailureReason)
{
    public static RunResponse From(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunResponse(
            run.Id, StateName(run.State), run.Trigger, run.CreatedAt, run.StartedAt, run.FinishedAt, run.Stage,
            Math.Round(run.Progress, 1), run.Accounts, run.Links, run.Rings, run.FlaggedRings,
            run.Stages.Select(s => new StageResponse(s.Name, Math.Round(s.Duration.TotalMilliseconds, 3), s.InputCount, s.OutputCount, s.Note)).ToList(),
            run.FailureReason);
    }

    private static string StateName(RunState state) => state switch
    {
        RunState.Queued => "queued",
        RunState.Running => "running",
        RunState.Succeeded => "succeeded",
        RunState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown run state."),
    };
}
