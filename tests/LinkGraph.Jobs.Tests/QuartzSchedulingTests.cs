using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace LinkGraph.Jobs.Tests;

/// <summary>
/// The job on a real Quartz scheduler with the persistent ADO store on the SQLite file. The store runs in
/// Validate mode, so starting at all proves migration 0003 carries every table and column Quartz 4.7.3 needs.
/// </summary>
public sealed class QuartzSchedulingTests : IDisposable
{
    private readonly JobsTestDatabase _db = new();
    private readonly ScriptedRingDetector _detector = new();

    [Fact]
    public async Task StartAsync_OnDemandRun_ExecutesThroughPersistentStoreAndSucceeds()
    {
        using var host = BuildHost();
        var executed = await StartAndListenAsync(host);

        var run = await host.Services.GetRequiredService<RunLauncher>().StartAsync("api", TestContext.Current.CancellationToken);
        await WaitForAsync(executed, run.Id);

        Assert.Equal(RunState.Succeeded, _db.Runs.GetRun(run.Id)!.State);
        Assert.Equal(1, _detector.Calls);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartUp_RunLeftRunningByDeadProcess_IsRunAgain()
    {
        var crashed = _db.Runs.CreateRun("api", DateTimeOffset.UtcNow);
        _db.Runs.TryStartRun(crashed.Id, DateTimeOffset.UtcNow);
        _db.Runs.ReportProgress(crashed.Id, RunStages.Cluster, 50);
        var queued = _db.Runs.CreateRun("api", DateTimeOffset.UtcNow);
        using var host = BuildHost();

        var executed = await StartAndListenAsync(host);
        await WaitForAsync(executed, crashed.Id, queued.Id);

        Assert.Equal(RunState.Succeeded, _db.Runs.GetRun(crashed.Id)!.State);
        Assert.Equal(RunState.Succeeded, _db.Runs.GetRun(queued.Id)!.State);
        Assert.Empty(_db.Runs.ListUnfinishedRuns());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartUp_CronConfiguredThenRemoved_TriggerAddedThenDeleted()
    {
        using (var host = BuildHost(cron: "0 0 3 * * ?"))
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
            var trigger = await scheduler.GetTrigger(JobsStartupService.CronTriggerKey, TestContext.Current.CancellationToken);
            Assert.Equal("0 0 3 * * ?", Assert.IsType<ICronTrigger>(trigger, exactMatch: false).CronExpressionString);
            await host.StopAsync(TestContext.Current.CancellationToken);
        }

        using (var host = BuildHost())
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
            Assert.Null(await scheduler.GetTrigger(JobsStartupService.CronTriggerKey, TestContext.Current.CancellationToken));
            await host.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    private IHost BuildHost(string? cron = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Cron"] = cron });
        builder.Services.AddSingleton<IRunStore>(_db.Runs);
        builder.Services.AddSingleton<IRingDetector>(_detector);
        builder.Services.AddDetectionJobs(builder.Configuration, _db.Connections.ConnectionString);
        return builder.Build();
    }

    private static async Task<ExecutedListener> StartAndListenAsync(IHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var listener = new ExecutedListener();
        scheduler.ListenerManager.AddJobListener(listener);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return listener;
    }

    private static async Task WaitForAsync(ExecutedListener listener, params string[] runIds)
    {
        foreach (var runId in runIds)
        {
            await listener.For(runId).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _db.Dispose();

    /// <summary>Signals when the job finished executing for a run id.</summary>
    private sealed class ExecutedListener : IJobListener
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _done = new();

        public string Name => "test-executed";

        public Task For(string runId) => _done.GetOrAdd(runId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.MergedJobDataMap.GetString(DetectRingsJob.RunIdKey) is { } runId)
            {
                _done.GetOrAdd(runId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
