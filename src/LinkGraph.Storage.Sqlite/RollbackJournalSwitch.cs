using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// A first import into an empty store with a rollback journal instead of the WAL (opt-in: see
/// <see cref="SqliteEventStore.BulkLoadWithRollbackJournal"/>).
/// </summary>
/// <remarks>
/// In WAL mode every page of a big transaction is written twice: into the WAL (pages the page cache spills, then
/// the rest at commit) and again into the database by the checkpoint that follows the commit. An import into an
/// empty store creates nearly every page it writes, and a rollback journal only keeps the original content of pages
/// that already existed, so in rollback mode the pages go to the database once and the journal stays tiny. It is as
/// crash-safe: a process killed mid-import leaves a hot journal that the next open rolls back, so the store is
/// empty again. Leaving WAL mode needs the only connection to the file, and readers cannot read while a
/// rollback-journal writer commits, so the switch is tried only when asked for, only while no event is
/// stored, without waiting for other connections (any other connection keeps the store in WAL mode), and the
/// connection returns to WAL mode when the transaction ends. synchronous is FULL meanwhile: NORMAL is only safe
/// against power loss in WAL mode.
/// </remarks>
internal sealed class RollbackJournalSwitch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly bool _enabled;
    private readonly SqliteStatement _hasAnyEvent;
    private bool _rollbackJournal;

    /// <param name="enabled">Whether a first import may switch at all.</param>
    public RollbackJournalSwitch(SqliteConnection connection, bool enabled)
    {
        _connection = connection;
        _enabled = enabled;
        _hasAnyEvent = new(connection, "SELECT EXISTS (SELECT 1 FROM event_keys)");
    }

    /// <param name="keysKnown">Whether the writer already knows of stored event keys (then the store is not empty).</param>
    public void EnterIfEmpty(bool keysKnown)
    {
        if (!_enabled || keysKnown)
        {
            return;
        }

        // The key set may not be loaded yet (or was dropped by a rollback): the table decides.
        _hasAnyEvent.Step();
        var stored = _hasAnyEvent.ColumnInt64(0) != 0;
        _hasAnyEvent.Reset();
        if (stored)
        {
            return;
        }

        // This process's idle pooled connections to the file would keep it in WAL mode.
        SqliteConnection.ClearPool(_connection);
        _rollbackJournal = SetJournalMode("DELETE") == "delete";
        if (_rollbackJournal)
        {
            Pragma("PRAGMA synchronous=FULL");
        }
    }

    public void Leave()
    {
        if (!_rollbackJournal)
        {
            return;
        }

        _rollbackJournal = false;
        try
        {
            Pragma("PRAGMA synchronous=NORMAL");
            SetJournalMode("WAL");
        }
        catch (SqliteException)
        {
            // Also called while cleaning up after a failure, which must not be masked; if the switch back fails, the
            // next connection the factory opens sets WAL mode again.
        }
    }

    public void Dispose() => _hasAnyEvent.Dispose();

    /// <summary>
    /// The journal mode in force afterwards, or null if the change needs a lock another connection holds. Run through
    /// the C API with no busy timeout: ADO.NET commands retry a busy statement for their whole command timeout.
    /// </summary>
    private string? SetJournalMode(string mode)
    {
        var busyTimeout = Pragma("PRAGMA busy_timeout");
        Pragma("PRAGMA busy_timeout=0");
        try
        {
            using var statement = new SqliteStatement(_connection, $"PRAGMA journal_mode={mode}");
            var result = statement.Step() ? statement.ColumnText(0).ToLowerInvariant() : null;
            statement.Reset();
            return result;
        }
        catch (SqliteException e) when (SqliteErrors.IsBusy(e))
        {
            return null;
        }
        finally
        {
            Pragma($"PRAGMA busy_timeout={busyTimeout}");
        }
    }

    private string? Pragma(string sql)
    {
        using var pragma = _connection.CreateCommand();
        pragma.CommandText = sql;
        return Convert.ToString(pragma.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
