namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Open_EmptyFile_CreatesTheEventSchema()
    {
        using var db = new TempDatabase();

        var objects = db.Rows("SELECT type || ':' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");

        Assert.Subset(
            new HashSet<string>(objects),
            new HashSet<string>
            {
                "table:accounts", "table:identifiers", "table:observations", "table:event_keys", "table:prompts", "table:prompt_sketches",
                "index:ix_observations_account", "table:schema_migrations",
            });
        Assert.DoesNotContain("index:ix_prompts_account_at", objects);
        Assert.DoesNotContain("table:events", objects);
        Assert.Equal("1|0001_events", db.Rows("SELECT version, name FROM schema_migrations ORDER BY version")[0]);
    }

    [Fact]
    public void Open_AlreadyMigratedFile_AppliesNothingTwice()
    {
        using var db = new TempDatabase();
        var first = db.Rows("SELECT version, name FROM schema_migrations ORDER BY version");
        new SqliteEventStore(db.Factory).CountEvents();

        var reopened = new SqliteConnectionFactory(db.Path);
        using (reopened.Open())
        {
        }

        Assert.Equal(first, db.Rows("SELECT version, name FROM schema_migrations ORDER BY version"));
        Assert.Equal(MigrationRunner.Migrations.Count, first.Count);
    }

    [Fact]
    public void Schema_ObservationsKey_IsIdentifierThenAccountWithoutRowid()
    {
        using var db = new TempDatabase();

        var sql = db.Rows("SELECT sql FROM sqlite_master WHERE name = 'observations'").Single();

        Assert.Contains("PRIMARY KEY (identifier_id, account_id)", sql, StringComparison.Ordinal);
        Assert.Contains("WITHOUT ROWID", sql, StringComparison.Ordinal);
    }
}
