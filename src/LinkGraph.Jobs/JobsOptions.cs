namespace LinkGraph.Jobs;

/// <summary>Background detection runs (configuration section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>
    /// Quartz cron expression (seconds first, e.g. <c>0 0 * * * ?</c> = hourly) for scheduled detection runs;
    /// empty = runs only on demand (POST /api/v1/runs). Default: empty.
    /// </summary>
    public string? Cron { get; set; }

    /// <summary>Time zone of <see cref="Cron"/> (IANA or Windows id). Default: UTC.</summary>
    public string CronTimeZone { get; set; } = "UTC";

    /// <summary>Re-run, at start-up, runs that were queued or running when the process stopped. Default: true.</summary>
    public bool RecoverOnStart { get; set; } = true;

    /// <summary>
    /// Wait this long between finishing detection and publishing. An operations drill knob (rehearse a crash
    /// mid-run, watch readers keep the previous rings); keep it zero in production. Default: 0.
    /// </summary>
    public TimeSpan HoldBeforePublish { get; set; } = TimeSpan.Zero;

    /// <summary>How many succeeded runs keep their rings in the store. Default: 3.</summary>
    public int RetainedRuns { get; set; } = 3;
}
