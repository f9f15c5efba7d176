using Microsoft.Data.Sqlite;

namespace LinkGraph.Cli.Tests;

/// <summary>
/// A folder of one test's files and SQLite stores, deleted when disposed, after the pooled connections that would
/// keep its stores open are released.
/// </summary>
internal sealed class TestDirectory(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
