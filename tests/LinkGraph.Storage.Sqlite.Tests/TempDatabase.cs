using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>A fresh SQLite file in its own temporary directory, deleted at the end of the test.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "linkgraph-tests", Guid.NewGuid().ToString("n"));
        Path = System.IO.Path.Combine(Directory, "store.db");
        Factory = new SqliteConnectionFactory(Path);
    }

    public string Directory { get; }

    public string Path { get; }

    public SqliteConnectionFactory Factory { get; }

    /// <summary>Runs a query on a fresh connection and returns each row's columns joined by '|'.</summary>
    public List<string> Rows(string sql)
    {
        using var connection = Factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless; never fail a test over cleanup.
        }
    }
}
