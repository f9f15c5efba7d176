namespace LinkGraph.Core.Pipeline;

/// <summary>How <see cref="DetectionRunService.RunAsync"/> ended.</summary>
/// <param name="Run">The run as stored afterwards; null when the run id is unknown.</param>
/// <param name="Failure">What failed the run, when <paramref name="Status"/> is <see cref="DetectionRunStatus.Failed"/>.</param>
public sealed record DetectionRunOutcome(DetectionRunStatus Status, RunRecord? Run, Exception? Failure);
