using System.Text.Json;
using LinkGraph.Api.Errors;
using LinkGraph.Api.Health;
using LinkGraph.Api.Ingest;
using LinkGraph.Api.Options;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;
using LinkGraph.Jobs;
using LinkGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Composition;

/// <summary>Registers the service: store, jobs, keys and roles, rate limits, problem details, health, OpenAPI, JSON.</summary>
public static class ServiceComposition
{
    /// <summary>Environment variables of docs/contract.md §4, mapped onto their configuration keys.</summary>
    public static void ApplyEnvironmentOverrides(ConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var overrides = new Dictionary<string, string?>();
        if (configuration["LINKGRAPH_DB"] is { Length: > 0 } db)
        {
            overrides[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DatabasePath)}"] = db;
        }

        if (configuration["LINKGRAPH_API_KEY"] is { Length: > 0 } key)
        {
            overrides[$"{AuthOptions.SectionName}:{nameof(AuthOptions.BootstrapKey)}"] = key;
        }

        configuration.AddInMemoryCollection(overrides);
    }

    public static WebApplicationBuilder AddLinkGraphService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        AddValidatedOptions<StorageOptions, StorageOptionsValidator>(services, configuration, StorageOptions.SectionName);
        AddValidatedOptions<AuthOptions, AuthOptionsValidator>(services, configuration, AuthOptions.SectionName);
        AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(services, configuration, RateLimitOptions.SectionName);
        AddValidatedOptions<IngestOptions, IngestOptionsValidator>(services, configuration, IngestOptions.SectionName);

        // The store is opened (and migrated) now: Quartz validates its tables, from migration 0003, at start.
        var storage = ApiOptionsCheck.Bind<StorageOptions>(configuration, StorageOptions.SectionName);
        var jobs = ApiOptionsCheck.Bind<JobsOptions>(configuration, JobsOptions.SectionName);
        var connections = new SqliteConnectionFactory(storage.DatabasePath);
        connections.Open().Dispose();
        services.AddSingleton(connections);
        services.AddSingleton<IRunStore>(new SqliteRunStore(connections, Math.Max(1, jobs.RetainedRuns)));
        // One long-lived writer: its event keys and id caches stay warm from batch to batch (disposed with the host).
        services.AddSingleton(_ => new SqliteEventStore(connections) { KeepWriterWarm = true });
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<SqliteEventStore>());
        services.AddHostedService<EventWriterWarmup>();
        services.AddSingleton<IDetectionSource>(new SqliteDetectionSource(connections));
        services.AddSingleton<IEventBatchImporter, EventBatchImporter>();
        services.AddSingleton(ApiOptionsCheck.Bind<DetectionOptions>(configuration, ApiOptionsCheck.DetectionSection));
        services.AddSingleton<IRingDetector, PipelineRingDetector>();
        services.AddDetectionJobs(configuration, connections.ConnectionString);
        services.AddNeo4jSync(configuration); // only when Neo4j:Uri is set: syncs the graph after each run

        var auth = ApiOptionsCheck.Bind<AuthOptions>(configuration, AuthOptions.SectionName);
        services.AddSingleton(new ApiKeyRing(auth, DevelopmentKeyIfUnconfigured(auth, connections.Path)));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddApiPolicies();
        services.AddApiRateLimiting();
        services.AddLinkGraphProblemDetails();

        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        services.AddApiOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        return builder;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, ConfigurationManager configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    /// <summary>
    /// No key configured at all: the service still starts, locked, with a generated admin key in an owner-only
    /// file whose path (never the key) is printed.
    /// </summary>
    private static string? DevelopmentKeyIfUnconfigured(AuthOptions auth, string databasePath)
    {
        if (auth.Keys.Count > 0 || !string.IsNullOrEmpty(auth.BootstrapKey))
        {
            return null;
        }

        var path = Path.GetFullPath(auth.DevelopmentKeyFile ?? Path.Combine(Path.GetDirectoryName(databasePath)!, "linkgraph-admin.key"));
        var key = DevelopmentKey.LoadOrCreate(path);
        Console.WriteLine($"No API key is configured: a development admin key is in {path} (readable by this user only).");
        Console.WriteLine($"  curl -H \"Authorization: Bearer $(cat {path})\" http://127.0.0.1:5080/api/v1/runs   (or the address given by --urls)");
        Console.WriteLine("  Configure Auth:Keys (SHA-256 hashes) or LINKGRAPH_API_KEY for anything beyond local use.");
        return key;
    }
}
