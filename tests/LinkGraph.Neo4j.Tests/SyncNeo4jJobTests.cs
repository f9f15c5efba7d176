using LinkGraph.Core.Abstractions;
using LinkGraph.Jobs;
using LinkGraph.Neo4j.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace LinkGraph.Neo4j.Tests;

public sealed class SyncNeo4jJobTests : IAsyncLifetime
{
    private readonly FakeQueryApi _api = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void AddNeo4jSync_NoUri_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddNeo4jSync(Configuration(new Dictionary<string, string?> { ["Neo4j:Database"] = "neo4j" }));

        Assert.Empty(services);
    }

    [Fact]
    public async Task AddNeo4jSync_InvalidOptions_FailsValidationListingEveryProblem()
    {
        await using var provider = Provider(new Dictionary<string, string?> { ["Neo4j:BatchSize"] = "0", ["Neo4j:BatchesPerTransaction"] = "0" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public async Task Execute_TriggeredOnScheduler_SyncsLatestRunIntoNeo4j()
    {
        await using var provider = Provider([]);
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        var done = new TaskCompletionSource<JobExecutionException?>(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.ListenerManager.AddJobListener(new SignalListener(done), [Matchers.Key(SyncNeo4jJob.Key)]);
        await scheduler.Start(Token);
        try
        {
            await scheduler.TriggerJob(SyncNeo4jJob.Key, Token);
            var failure = await done.Task.WaitAsync(TimeSpan.FromSeconds(60), Token);

            Assert.Null(failure);
            Assert.Equal(SmallRun.RunId, _api.CurrentRun);
            Assert.NotNull(await scheduler.GetJobDetail(DetectRingsJob.Key, Token));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, Token);
        }
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private ServiceProvider Provider(Dictionary<string, string?> extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = _api.BaseUri.AbsoluteUri,
            ["Neo4j:Password"] = "secret-pw",
            ["Neo4j:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDetectionSource>(SmallRun.Source());
        services.AddSingleton<IRunStore>(SmallRun.Runs());
        // The detection stream's registration, so the test proves both AddQuartz calls end up in one scheduler.
        services.AddQuartz(q => q.AddJob<DetectRingsJob>(j => j.WithIdentity(DetectRingsJob.Key).StoreDurably()));
        services.AddNeo4jSync(Configuration(values));
        return services.BuildServiceProvider();
    }

    private sealed class SignalListener(TaskCompletionSource<JobExecutionException?> done) : IJobListener
    {
        public string Name => "test-signal";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            done.TrySetResult(jobException);
            return ValueTask.CompletedTask;
        }
    }
}
