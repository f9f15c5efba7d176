using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// A command prepared once and executed many times with positional parameters <c>$1..$n</c>: the statement
/// is compiled once and parameter objects are reused, which is most of the cost of a small insert.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection connection, SqliteTransaction? transaction, string sql, int parameterCount)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = new SqliteParameter[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            // No declared type: each value binds as what it is (INTEGER, TEXT, BLOB or NULL).
            _parameters[i] = new SqliteParameter { ParameterName = "$" + (i + 1) };
            _command.Parameters.Add(_parameters[i]);
        }

        _command.Prepare();
    }

    public int Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? ExecuteScalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    public SqliteDataReader ExecuteReader(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
