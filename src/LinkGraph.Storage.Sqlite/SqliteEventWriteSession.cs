using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using Microsoft.Data.Sqlite;

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
        try
        {
            return writer.Add(normalizedEvent);
        }
        catch (SqliteException e) when (SqliteErrors.IsBusy(e))
        {
            // No lambda on this path: it runs once per event.
            throw SqliteErrors.Busy(e);
        }
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed || _committed, this);
        SqliteErrors.Translate(writer.Commit);
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
