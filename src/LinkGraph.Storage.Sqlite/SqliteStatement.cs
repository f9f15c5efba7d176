using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// A statement compiled once and run many times through the SQLite C API (bind, step, reset), for the import
/// and detection hot paths: it skips the per-execution parameter inference, boxing and reader objects of ADO.NET
/// commands, which cost more than the insert itself, and the NULL check ADO.NET makes before every column
/// read. Parameters are positional (<c>?1..?n</c>). Not thread-safe.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _text = new byte[256];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _text.Length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(_statement, index, _text.AsSpan(0, written)));
    }

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it).</summary>
    public void BindUtf8Text(int index, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, index, utf8));

    public void Bind(int index, byte[]? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Runs the statement to its first row (true) or to completion (false).</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return false;
    }

    public long ColumnInt64(int index) => raw.sqlite3_column_int64(_statement, index);

    public int ColumnInt32(int index) => raw.sqlite3_column_int(_statement, index);

    public bool IsNull(int index) => raw.sqlite3_column_type(_statement, index) == raw.SQLITE_NULL;

    public string ColumnText(int index) => raw.sqlite3_column_text(_statement, index).utf8_to_string();

    /// <summary>The blob of the current row, valid until the next step.</summary>
    public ReadOnlySpan<byte> ColumnBlob(int index) => raw.sqlite3_column_blob(_statement, index);

    /// <summary>Rows changed by the last completed INSERT/UPDATE on this connection.</summary>
    public int Changes => raw.sqlite3_changes(_db);

    /// <summary>Makes the statement ready to bind and run again (bindings are kept until rebound).</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>Runs a statement that returns no rows; returns the number of rows it changed.</summary>
    public int Execute()
    {
        Step();
        var changes = Changes;
        Reset();
        return changes;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
