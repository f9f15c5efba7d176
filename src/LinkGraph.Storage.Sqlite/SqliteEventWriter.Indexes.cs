namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Secondary indexes of the observations table, dropped while a transaction fills the empty table and built again
/// before it commits: one sort by the index key instead of an insert at a random place of the index per row (the
/// rows arrive sorted by the primary key, not by account). DDL is transactional in SQLite, so a rolled-back import
/// leaves the indexes as they were, and readers never see the table without them. (The prompts table has no
/// secondary index since migration 0004: its rows only ever append.)
/// </summary>
internal sealed partial class SqliteEventWriter
{
    private readonly List<string> _droppedIndexes = [];

    private static readonly string[] RebuiltTables = ["observations"];

    private void DropIndexesIfEmpty()
    {
        _droppedIndexes.Clear();
        foreach (var table in RebuiltTables)
        {
            DropIndexesIfEmpty(table);
        }
    }

    private void DropIndexesIfEmpty(string table)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
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
            _droppedIndexes.Add(sql);
        }
    }

    private void RebuildDroppedIndexes()
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        foreach (var sql in _droppedIndexes)
        {
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        _droppedIndexes.Clear();
    }
}
