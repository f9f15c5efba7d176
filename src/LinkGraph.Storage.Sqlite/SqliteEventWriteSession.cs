using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// One import transaction on a <see cref="SqliteEventWriter"/>: committed by <see cref="Commit"/>, rolled back
/// (caches included) when disposed without it. <paramref name="release"/> hands the writer back to the store,
/// which closes it or keeps it warm for the next session.
/// </summary>
internal sealed class SqliteEventWriteSession(SqliteEventWriter writer, Action<SqliteEventWriter> release) : IEventWriteSession
{
    private bool _committed;
    private bool _disposed;

    public bool Add(NormalizedEvent normalizedEvent)
    {
        ObjectDisposedException.ThrowIf(_disposed || _committed, this);
        return writer.Add(normalizedEvent);
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed || _committed, this);
        writer.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_committed)
            {
                writer.Rollback();
            }
        }
        finally
        {
            release(writer);
        }
    }
}
