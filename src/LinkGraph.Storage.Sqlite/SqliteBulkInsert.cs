using System.Text;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Inserts integer rows through one multi-row statement (<c>INSERT … VALUES (?,?),(?,?),…</c>) compiled once for
/// <see cref="RowsPerStatement"/> rows: a bulk load then pays SQLite's per-statement cost (program start, halt,
/// reset, and the managed-to-native calls around them) once per chunk of rows instead of once per row, which
/// is most of what a single-row insert costs. Rows are staged in a managed buffer and written when it is full
/// and at <see cref="Flush"/> (the remainder through a statement compiled for its row count). Not thread-safe.
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    public const int RowsPerStatement = 128;

    private readonly SqliteConnection _connection;
    private readonly string _head;
    private readonly string _tail;
    private readonly int _columns;
    private readonly long[] _rows;
    private readonly SqliteStatement _full;
    private int _count;

    /// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT INTO t (a, b) VALUES</c>.</param>
    /// <param name="columns">Values per row.</param>
    /// <param name="tail">What follows the rows, e.g. <c>ON CONFLICT DO NOTHING</c>; may be empty.</param>
    public SqliteBulkInsert(SqliteConnection connection, string head, int columns, string tail = "")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        _connection = connection;
        _head = head;
        _tail = tail;
        _columns = columns;
        _rows = new long[columns * RowsPerStatement];
        _full = new SqliteStatement(connection, Sql(RowsPerStatement));
    }

    /// <summary>The next row's values, to fill in; written once <see cref="RowsPerStatement"/> rows are staged.</summary>
    public Span<long> NextRow()
    {
        if (_count == RowsPerStatement)
        {
            Write(_full, _rows);
            _count = 0;
        }

        return _rows.AsSpan(_count++ * _columns, _columns);
    }

    /// <summary>Writes the staged rows.</summary>
    public void Flush()
    {
        if (_count == RowsPerStatement)
        {
            Write(_full, _rows);
        }
        else if (_count > 0)
        {
            using var partial = new SqliteStatement(_connection, Sql(_count));
            Write(partial, _rows.AsSpan(0, _count * _columns));
        }

        _count = 0;
    }

    public void Dispose() => _full.Dispose();

    private static void Write(SqliteStatement statement, ReadOnlySpan<long> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            statement.Bind(i + 1, values[i]);
        }

        statement.Execute();
    }

    private string Sql(int rows)
    {
        var sql = new StringBuilder(_head.Length + _tail.Length + (rows * ((_columns * 2) + 3)));
        sql.Append(_head).Append(' ');
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < _columns; column++)
            {
                sql.Append(column == 0 ? "?" : ",?");
            }

            sql.Append(')');
        }

        return sql.Append(' ').Append(_tail).ToString().TrimEnd();
    }
}
