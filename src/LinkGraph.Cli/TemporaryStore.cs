namespace LinkGraph.Cli;

/// <summary>The SQLite file a command works on: a named one that is kept, or a temporary one deleted (with its WAL files) at the end.</summary>
public sealed class TemporaryStore : IDisposable
{
    private static readonly string[] FileSuffixes = ["", "-wal", "-shm"];

    private readonly bool _delete;

    private TemporaryStore(string path, bool delete)
    {
        Path = path;
        _delete = delete;
    }

    public string Path { get; }

    public static TemporaryStore Create() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"linkgraph-{Guid.NewGuid():N}.db"), delete: true);

    public static TemporaryStore Keep(string path) => new(path, delete: false);

    public void Dispose()
    {
        if (!_delete)
        {
            return;
        }

        DeleteFiles(Path);
    }

    /// <summary>Deletes a SQLite file and its WAL companions, after releasing pooled connections that hold them open.</summary>
    public static void DeleteFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in FileSuffixes)
        {
            try
            {
                File.Delete(path + suffix);
            }
            catch (IOException)
            {
                // A leftover file is harmless; never fail a finished command over it.
            }
        }
    }
}
