using System.Net.Http.Headers;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using LinkGraph.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LinkGraph.Api.Tests;

/// <summary>
/// The API on its own temporary SQLite file, with the test keys, a <see cref="FakeRingDetector"/> and a
/// <see cref="SignallingRunStore"/>. In-memory (TestServer) by default; <see cref="ApiHost(bool, IDictionary{string, string})"/>
/// with kestrel = true serves real HTTP on 127.0.0.1.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lg-api-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _testServices;

    /// <param name="withKeys">False: no key configured at all (the first-run case).</param>
    /// <param name="testServices">Further service replacements, applied after the host's own.</param>
    public ApiHost(bool kestrel = false, IDictionary<string, string?>? settings = null, bool withKeys = true, Action<IServiceCollection>? testServices = null)
    {
        _testServices = testServices;
        DatabasePath = Path.Combine(_directory, "api.db");
        _settings = new Dictionary<string, string?> { ["LINKGRAPH_DB"] = DatabasePath };
        if (withKeys)
        {
            _settings["LINKGRAPH_API_KEY"] = TestKeys.Admin;
            _settings["Auth:Keys:0:Name"] = "dashboard";
            _settings["Auth:Keys:0:Sha256"] = ApiKeyRing.Hash(TestKeys.Reader);
            _settings["Auth:Keys:0:Roles:0"] = "reader";
            _settings["Auth:Keys:1:Name"] = "gateway";
            _settings["Auth:Keys:1:Sha256"] = ApiKeyRing.Hash(TestKeys.Ingest);
            _settings["Auth:Keys:1:Roles:0"] = "ingest";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DatabasePath { get; }

    public FakeRingDetector Detector { get; } = new();

    public SignallingRunStore Runs => (SignallingRunStore)Services.GetRequiredService<IRunStore>();

    public HttpClient ClientFor(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Waits until the Quartz scheduler runs (it starts once the host has started).</summary>
    public async Task WaitForSchedulerAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.ListenerManager.AddSchedulerListener(new StartedListener(started));
        if (await scheduler.GetStatus(TestContext.Current.CancellationToken) == SchedulerStatus.Running)
        {
            return;
        }

        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IRingDetector>(Detector);
            var store = services.Single(d => d.ServiceType == typeof(IRunStore));
            services.Remove(store);
            services.AddSingleton<IRunStore>(new SignallingRunStore((IRunStore)store.ImplementationInstance!));
            _testServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    private sealed class StartedListener(TaskCompletionSource started) : ISchedulerListener
    {
        public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            started.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
