using LinkGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Jobs.Tests;

/// <summary>A migrated SQLite file (events, runs and Quartz tables) in its own temporary directory.</summary>
public sealed class JobsTestDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lg-jobs-" + Guid.NewGuid().ToString("N"));

    public JobsTestDatabase()
    {
        Connections = new SqliteConnectionFactory(Path.Combine(_directory, "jobs.db"));
        Connections.Open().Dispose();
        Runs = new SqliteRunStore(Connections);
    }

    public SqliteConnectionFactory Connections { get; }

    public SqliteRunStore Runs { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
