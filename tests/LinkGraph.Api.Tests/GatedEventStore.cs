using LinkGraph.Core.Abstractions;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Api.Tests;

/// <summary>
/// The real warm-writer store behind a gate: <see cref="BeginImport"/> reports that the writer arrived, then waits
/// until the test opens the gate. Holding the writer there lets a test queue several batches behind it, so they
/// are written as one group, deterministically.
/// </summary>
public sealed class GatedEventStore(SqliteConnectionFactory connections) : IEventStore, IDisposable
{
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteEventStore _inner = new(connections) { KeepWriterWarm = true };
    private readonly ManualResetEventSlim _open = new(true);

    /// <summary>Completed when a writer first waits at the closed gate.</summary>
    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Close() => _open.Reset();

    public void Open() => _open.Set();

    public IEventWriteSession BeginImport()
    {
        if (!_open.IsSet)
        {
            Arrived.TrySetResult();
            if (!_open.Wait(GateTimeout))
            {
                throw new TimeoutException("The test never opened the writer's gate.");
            }
        }

        return _inner.BeginImport();
    }

    public long CountEvents() => _inner.CountEvents();

    public void Dispose()
    {
        _open.Set();
        _inner.Dispose();
        _open.Dispose();
    }
}
