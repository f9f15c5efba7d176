using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>A database file at the layout of an earlier schema version, for testing the migrations that follow it.</summary>
internal static class EarlierSchema
{
    /// <summary>Creates <paramref name="path"/> with every migration before <paramref name="version"/> applied and recorded.</summary>
    public static SqliteConnection OpenBefore(string path, int version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (applied, name, sql) in MigrationRunner.Migrations.Where(m => m.Version < version))
        {
            Execute(connection, sql);
            Execute(connection, $"INSERT INTO schema_migrations VALUES ({applied}, '{name}', '2026-01-01')");
        }

        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
