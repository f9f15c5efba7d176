using LinkGraph.Core.Errors;
using LinkGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class SqliteErrorsTests
{
    // SQLITE_BUSY, SQLITE_LOCKED and two of their extended codes (BUSY_RECOVERY, LOCKED_SHAREDCACHE).
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(261)]
    [InlineData(262)]
    public void Translate_BusyOrLocked_ThrowsRetryableStoreBusy(int code)
    {
        var cause = new SqliteException("database is locked", code);

        var thrown = Assert.Throws<StoreBusyException>(() => SqliteErrors.Translate(() => throw cause));

        Assert.Equal("store_busy", thrown.Code);
        Assert.Same(cause, thrown.InnerException);
        Assert.True(thrown.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public void Translate_ConstraintViolation_PassesThrough()
    {
        var cause = new SqliteException("UNIQUE constraint failed", 19);

        Assert.Same(cause, Assert.Throws<SqliteException>(() => SqliteErrors.Translate(() => throw cause)));
    }

    /// <remarks>A real lock: another connection holds the write lock, and a writer gives up after a second.</remarks>
    [Fact]
    public void BeginImport_FileWriteLockedElsewhere_ThrowsStoreBusy()
    {
        var path = Path.Combine(Path.GetTempPath(), $"linkgraph-busy-{Guid.NewGuid():N}.db");
        try
        {
            var factory = new SqliteConnectionFactory(path);
            using var holder = factory.Open();
            using var hold = holder.BeginTransaction(); // BEGIN IMMEDIATE: the write lock
            using var writer = factory.Open();
            writer.DefaultTimeout = 1; // ADO.NET retries a busy BEGIN for the command timeout: a second, not thirty
            using (var pragma = writer.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout=0";
                pragma.ExecuteNonQuery();
            }

            var thrown = Assert.Throws<StoreBusyException>(() => SqliteErrors.Translate(() => writer.BeginTransaction().Dispose()));
            Assert.True(SqliteErrors.IsBusy(Assert.IsType<SqliteException>(thrown.InnerException)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}
