namespace LinkGraph.Core.Pipeline;

/// <summary>A detection run as stored: state, current stage and progress, counts, timings and failure reason.</summary>
public sealed record RunRecord(
    string Id,
    RunState State,
    string Trigger,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Stage,
    double Progress,
    int Accounts,
    long Links,
    int Rings,
    int FlaggedRings,
    IReadOnlyList<StageRecord> Stages,
    string? FailureReason);
