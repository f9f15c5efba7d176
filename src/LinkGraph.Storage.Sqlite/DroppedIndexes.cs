using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Secondary indexes of the observations table, dropped while a transaction fills the empty table and built again
/// before it commits: one sort by the index key instead of an insert at a random place of the index per row (the
/// rows arrive sorted by the primary key, not by account). DDL is transactional in SQLite, so a rolled-back import
/// leaves the indexes as they were, and readers never see the table without them. (The prompts table has no
/// secondary index since migration 0004: its rows only ever append.)
/// </summary>
internal sealed class DroppedIndexes(SqliteConnection connection)
{
    private static readonly string[] RebuiltTables = ["observations"];

    private readonly List<string> _dropped = [];

    public void DropIfEmpty(SqliteTransaction transaction)
    {
        _dropped.Clear();
        foreach (var table in RebuiltTables)
        {
            DropIfEmpty(transaction, table);
        }
    }

    public void Rebuild(SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var sql in _dropped)
        {
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        _dropped.Clear();
    }

    /// <summary>After a rollback: the drops were rolled back with it.</summary>
    public void Forget() => _dropped.Clear();

    private void DropIfEmpty(SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {table})";
        if ((long)command.ExecuteScalar()! != 0)
        {
            return;
        }

        // The definitions come from the schema itself, so a later migration's indexes are handled the same way.
        command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL";
        var indexes = new List<(string Name, string Sql)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, sql) in indexes)
        {
            command.CommandText = $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            command.ExecuteNonQuery();
            _dropped.Add(sql);
        }
    }
}
