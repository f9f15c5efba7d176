using System.Text;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Inserts rows through one multi-row statement (<c>INSERT … VALUES (?,?),(?,?),…</c>) compiled once for
/// <see cref="RowsPerStatement"/> rows: a bulk load then pays SQLite's per-statement cost (program start, halt,
/// reset, and the managed-to-native calls around them) once per chunk of rows instead of once per row, which
/// is most of what a single-row insert costs. Rows are staged in a managed buffer and written when it is full
/// and at <see cref="Flush"/> (the remainder through a statement compiled for its row count). Values are
/// integers unless set as text, blob, real or NULL with <see cref="SetText"/> / <see cref="SetUtf8Text"/> /
/// <see cref="SetBlob"/> / <see cref="SetReal"/>. Not thread-safe.
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    public const int RowsPerStatement = 128;

    private readonly SqliteConnection _connection;
    private readonly string _head;
    private readonly string _tail;
    private readonly int _columns;
    private readonly long[] _rows;
    // Non-integer values by slot (a string, a byte[], a Utf8Text, NullValue, or RealValue for the double whose bits are
    // in _rows); null means "the integer in _rows".
    private readonly object?[] _objects;
    private readonly SqliteStatement _full;
    private int _count;

    private static readonly object NullValue = new();
    private static readonly object RealValue = new();

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
        _objects = new object?[columns * RowsPerStatement];
        _full = new SqliteStatement(connection, Sql(RowsPerStatement));
    }

    /// <summary>The next row's values, to fill in; written once <see cref="RowsPerStatement"/> rows are staged.</summary>
    public Span<long> NextRow()
    {
        if (_count == RowsPerStatement)
        {
            Write(_full, RowsPerStatement);
            _count = 0;
        }

        var start = _count++ * _columns;
        Array.Clear(_objects, start, _columns);
        return _rows.AsSpan(start, _columns);
    }

    /// <summary>Sets a column of the row last returned by <see cref="NextRow"/> to text (NULL when null).</summary>
    public void SetText(int column, string? value) => _objects[Slot(column)] = value ?? NullValue;

    /// <summary>Sets a column of the row last returned by <see cref="NextRow"/> to text given as UTF-8 bytes (bound as they are).</summary>
    public void SetUtf8Text(int column, byte[] utf8) => _objects[Slot(column)] = new Utf8Text(utf8);

    /// <summary>Sets a column of the row last returned by <see cref="NextRow"/> to a blob.</summary>
    public void SetBlob(int column, byte[] value) => _objects[Slot(column)] = value;

    /// <summary>Sets a column of the row last returned by <see cref="NextRow"/> to a floating-point value.</summary>
    public void SetReal(int column, double value)
    {
        var slot = Slot(column);
        _rows[slot] = BitConverter.DoubleToInt64Bits(value);
        _objects[slot] = RealValue;
    }

    /// <summary>Writes the staged rows.</summary>
    public void Flush()
    {
        if (_count == RowsPerStatement)
        {
            Write(_full, RowsPerStatement);
        }
        else if (_count > 0)
        {
            using var partial = new SqliteStatement(_connection, Sql(_count));
            Write(partial, _count);
        }

        _count = 0;
        Array.Clear(_objects);
    }

    public void Dispose() => _full.Dispose();

    private int Slot(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _columns);
        return ((_count - 1) * _columns) + column;
    }

    private void Write(SqliteStatement statement, int rows)
    {
        for (var i = 0; i < rows * _columns; i++)
        {
            switch (_objects[i])
            {
                case null:
                    statement.Bind(i + 1, _rows[i]);
                    break;
                case string text:
                    statement.Bind(i + 1, text);
                    break;
                case byte[] blob:
                    statement.Bind(i + 1, blob);
                    break;
                case Utf8Text utf8:
                    statement.BindUtf8Text(i + 1, utf8.Bytes);
                    break;
                case var value when ReferenceEquals(value, RealValue):
                    statement.Bind(i + 1, BitConverter.Int64BitsToDouble(_rows[i]));
                    break;
                default:
                    statement.Bind(i + 1, (string?)null);
                    break;
            }
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

    /// <summary>Text already encoded as UTF-8, told apart from a blob.</summary>
    private sealed class Utf8Text(byte[] bytes)
    {
        public byte[] Bytes { get; } = bytes;
    }
}
