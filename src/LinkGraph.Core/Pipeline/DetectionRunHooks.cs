namespace LinkGraph.Core.Pipeline;

/// <summary>What a caller of <see cref="DetectionRunService.RunAsync"/> adds to a run; every hook is optional.</summary>
public sealed class DetectionRunHooks
{
    /// <summary>Told every stage's progress after it is recorded on the run.</summary>
    public IProgress<StageProgress>? Progress { get; init; }

    /// <summary>Awaited between detection and publishing (the job's drill hold; the command line frees detection's memory).</summary>
    public Func<CancellationToken, Task>? BeforePublishAsync { get; init; }

    /// <summary>
    /// Started with the started run, the detected rings and the finish time just before the run is stored, and awaited
    /// once it is: the command line writes its output on the other core while SQLite writes on this one. The run is not
    /// visible yet and may still fail, so what the task writes should be staged until <see cref="DetectionRunService.RunAsync"/> returns.
    /// </summary>
    public Func<RunRecord, DetectionResult, DateTimeOffset, Task>? WhilePublishing { get; init; }
}
