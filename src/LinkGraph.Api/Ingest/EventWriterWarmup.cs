using System.Diagnostics;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// Loads the stored event keys into the store's writer in the background as the service starts, so the first
/// POST /events after a restart does not wait for them (about 10 s on a store of 20M events). A batch posted
/// meanwhile waits its turn on the writer; a failure here is logged, and the first batch retries the load.
/// </summary>
internal sealed partial class EventWriterWarmup(SqliteEventStore store, ILogger<EventWriterWarmup> logger) : BackgroundService
{
    /// <summary>Stored event keys loaded, once the warm-up has finished (null before, or if it failed).</summary>
    public long? LoadedKeys { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        try
        {
            LoadedKeys = store.WarmUp();
            Loaded(LoadedKeys.Value, watch.Elapsed.TotalSeconds);
        }
#pragma warning disable CA1031 // The service runs without the warm-up; the first batch loads the keys itself.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Failed(ex);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event writer ready: {Keys} stored event keys loaded in {Seconds:F1} s.")]
    private partial void Loaded(long keys, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event writer warm-up failed; the first batch will load the stored event keys.")]
    private partial void Failed(Exception exception);
}
