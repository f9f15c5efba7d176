using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Cli.Tests;

/// <summary>
/// A first import goes through a rollback journal instead of the WAL (see RollbackJournalSwitch.cs). A real child
/// process killed while that journal exists must leave a store that holds the whole file or nothing, passes SQLite's
/// integrity check, is back in WAL mode, and takes the same file again.
/// </summary>
public sealed class ImportKilledTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-killed-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Import_KilledWhileCommittingThroughTheJournal_StoreHoldsAllOrNothingAndImportsAgain()
    {
        var (generated, _, generateErr) = await CliRunner.RunAsync("generate", "--scenario", "small", "--seed", "3", "--out", _dir);
        Assert.True(generated == 0, generateErr);
        var events = Path.Combine(_dir, "events.ndjson");
        var killedDb = Path.Combine(_dir, "killed.db");
        var referenceDb = Path.Combine(_dir, "reference.db");

        var (referenceExit, _, referenceErr) = await CliRunner.RunAsync("import", "--db", referenceDb, events);
        Assert.True(referenceExit == 0, referenceErr);
        var expected = Scalar(referenceDb, "SELECT count(*) FROM event_keys");

        var killedWithJournal = KillWhenJournalAppears(events, killedDb);

        var stored = Scalar(killedDb, "SELECT count(*) FROM event_keys");
        Assert.True(stored == "0" || stored == expected, $"after the kill the store holds {stored} of {expected} events (journal seen: {killedWithJournal})");
        Assert.Equal("ok", Scalar(killedDb, "PRAGMA integrity_check"));
        Assert.Equal("wal", Scalar(killedDb, "PRAGMA journal_mode"));
        Assert.False(File.Exists(killedDb + "-journal"));

        var (again, _, againErr) = await CliRunner.RunAsync("import", "--db", killedDb, events);
        Assert.True(again == 0, againErr);
        Assert.Equal(expected, Scalar(killedDb, "SELECT count(*) FROM event_keys"));
        Assert.Equal(Scalar(referenceDb, "SELECT count(*) FROM observations"), Scalar(killedDb, "SELECT count(*) FROM observations"));
    }

    /// <summary>Runs <c>linkgraph import</c> as a child process and kills it once its rollback journal exists; true if it was killed then.</summary>
    private static bool KillWhenJournalAppears(string events, string db)
    {
        var dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "import", "--db", db, events },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var journal = new ManualResetEventSlim();
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "-journal");
        watcher.Created += (_, _) => journal.Set();
        watcher.EnableRaisingEvents = true;
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Woken by the journal's creation, or by the process ending first (then there is nothing to kill).
        var exited = Task.Run(() => process.WaitForExit(TimeSpan.FromSeconds(120)));
        WaitHandle.WaitAny([journal.WaitHandle, ((IAsyncResult)exited).AsyncWaitHandle], TimeSpan.FromSeconds(120));
        var killed = !process.HasExited && journal.IsSet;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the import process did not end");
        return killed;
    }

    private static string Scalar(string db, string sql)
    {
        var factory = new LinkGraph.Storage.Sqlite.SqliteConnectionFactory(db);
        using var connection = factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
