using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the pragmas every connection needs, and applies the schema
/// migrations once, on the first open.
/// </summary>
/// <remarks>
/// journal_mode=WAL lets readers (the API) keep reading the last published run while a detection run or an
/// import writes. synchronous=NORMAL: in WAL mode a commit is durable against process crashes (the WAL is
/// written before the commit returns) and the database can never be corrupted; only the last transactions
/// before an operating-system crash or power loss may roll back, which an idempotent re-delivery repairs.
/// FULL would fsync on every commit and cost an order of magnitude on small API batches.
/// </remarks>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly object _migrateLock = new();
    private bool _migrated;

    public SqliteConnectionFactory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public string ConnectionString => _connectionString;

    /// <summary>An open connection with the pragmas set and the schema up to date.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
            pragma.ExecuteNonQuery();
        }

        if (!_migrated)
        {
            lock (_migrateLock)
            {
                if (!_migrated)
                {
                    MigrationRunner.Apply(connection);
                    _migrated = true;
                }
            }
        }

        return connection;
    }
}
