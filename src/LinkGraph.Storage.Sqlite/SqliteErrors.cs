using LinkGraph.Core.Errors;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// SQLite result codes mapped to domain exceptions at the adapter's edge: SQLITE_BUSY and SQLITE_LOCKED (a lock held
/// past the busy timeout) become a retryable <see cref="StoreBusyException"/>; every other error passes through.
/// </summary>
internal static class SqliteErrors
{
    public const int BusyCode = 5;
    public const int LockedCode = 6;

    /// <summary>True for SQLITE_BUSY and SQLITE_LOCKED, extended codes included.</summary>
    public static bool IsBusy(SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception.SqliteErrorCode & 0xFF) is BusyCode or LockedCode;
    }

    /// <summary>Runs <paramref name="action"/>, turning a busy or locked database into <see cref="StoreBusyException"/>.</summary>
    public static T Translate<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            throw Busy(e);
        }
    }

    /// <inheritdoc cref="Translate{T}(Func{T})"/>
    public static void Translate(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            throw Busy(e);
        }
    }

    public static StoreBusyException Busy(SqliteException exception) =>
        new("The database is locked by another writer or reader; try again shortly.", exception);
}
