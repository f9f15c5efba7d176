using LinkGraph.Core.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>
/// At start-up: makes the persisted cron trigger match configuration (added, changed or removed), then fires
/// the job again for every run left queued or running by a previous process (crash, kill, deploy). The runs
/// table is the source of truth; such a run starts again from scratch, and readers keep seeing the last
/// succeeded run until it publishes.
/// </summary>
public sealed class JobsStartupService : IHostedService
{
    public static readonly TriggerKey CronTriggerKey = new("detect-rings-cron", "schedule");

    private readonly IRunStore _runs;
    private readonly RunLauncher _launcher;
    private readonly ISchedulerFactory _schedulers;
    private readonly IOptions<JobsOptions> _options;
    private readonly ILogger<JobsStartupService> _logger;

    public JobsStartupService(
        IRunStore runs, RunLauncher launcher, ISchedulerFactory schedulers, IOptions<JobsOptions> options, ILogger<JobsStartupService> logger)
    {
        _runs = runs;
        _launcher = launcher;
        _schedulers = schedulers;
        _options = options;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = _options.Value;
        var scheduler = await _schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(CronTriggerKey, cancellationToken);
        if (!string.IsNullOrWhiteSpace(options.Cron))
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(CronTriggerKey)
                .ForJob(DetectRingsJob.Key)
                .WithCronSchedule(options.Cron, c => c
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.CronTimeZone))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)) // a missed hourly run is not worth two back to back
                .Build();
            await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
            _logger.LogInformation("Detection runs scheduled by cron '{Cron}' ({TimeZone})", options.Cron, options.CronTimeZone);
        }

        if (!options.RecoverOnStart)
        {
            return;
        }

        foreach (var run in _runs.ListUnfinishedRuns())
        {
            _logger.LogWarning("Run {RunId} was {State} when the service last stopped; running it again", run.Id, run.State);
            await _launcher.ScheduleAsync(run.Id, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
