namespace LinkGraph.Core.Pipeline;

/// <summary>How a call to <see cref="DetectionRunService.RunAsync"/> ended (not persisted).</summary>
public enum DetectionRunStatus
{
    /// <summary>The run was already finished, or is unknown: nothing was done.</summary>
    NotStarted,

    Succeeded,

    /// <summary>Detection or publishing threw; the reason is recorded on the run.</summary>
    Failed,
}
