using LinkGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>Registers the Neo4j sync: options, the Query API client, the sync service and its Quartz job.</summary>
public static class Neo4jSyncServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="Neo4jOptions"/> from the <c>Neo4j</c> section. When <c>Neo4j:Uri</c> is not set, nothing is
    /// registered and no sync runs. Otherwise the options are validated at start (all failures at once),
    /// <see cref="SyncNeo4jJob"/> is added, and it fires after every detection run that finishes.
    /// </summary>
    /// <remarks>The host registers <c>IDetectionSource</c> and <c>IRunStore</c>, and calls <c>AddQuartz</c> as well.</remarks>
    public static IServiceCollection AddNeo4jSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Neo4jOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(Neo4jOptions.Uri)]))
        {
            return services;
        }

        services.AddOptions<Neo4jOptions>()
            .Bind(section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>>(new Neo4jOptionsValidation());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        // Neo4jQueryClient applies Neo4jOptions.RequestTimeout per request itself.
        services.AddHttpClient<Neo4jQueryClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddTransient<Neo4jGraphSync>();
        services.AddQuartz(q =>
        {
            q.AddJob<SyncNeo4jJob>(j => j.WithIdentity(SyncNeo4jJob.Key).StoreDurably());
            q.AddJobListener<SyncNeo4jAfterDetectionListener>([Matchers.Key(DetectRingsJob.Key)]);
        });
        return services;
    }

    /// <summary>Reports every option failure by name instead of one generic message.</summary>
    private sealed class Neo4jOptionsValidation : IValidateOptions<Neo4jOptions>
    {
        public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
        {
            var failures = Neo4jOptionsValidator.Validate(options);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
