using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>Registers the detection job, its Quartz scheduler on a persistent SQLite store, and start-up recovery.</summary>
public static class JobsServiceCollectionExtensions
{
    public const string SchedulerName = "linkgraph";

    /// <param name="sqliteConnectionString">
    /// The SQLite file that holds Quartz's tables (migration 0003_quartz.sql); Quartz validates them at start
    /// and never creates or alters them.
    /// </param>
    /// <remarks>The host registers <c>IRunStore</c> and <see cref="Core.Abstractions.IRingDetector"/>.</remarks>
    public static IServiceCollection AddDetectionJobs(this IServiceCollection services, IConfiguration configuration, string sqliteConnectionString)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DetectionRunner>();
        services.AddSingleton<RunLauncher>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            q.UsePersistentStore(store =>
            {
                // SQLite is single-process: Quartz switches to an in-process lock handler and serializes its work.
                store.UseSqlite(sqliteConnectionString);
                store.UseSystemTextJsonSerializer();
            });
            q.AddJob<DetectRingsJob>(j => j.WithIdentity(DetectRingsJob.Key).StoreDurably());
        });

        // Runs before Quartz's hosted service: triggers added before the scheduler starts are stored and fire once it does.
        services.AddHostedService<JobsStartupService>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        return services;
    }
}
