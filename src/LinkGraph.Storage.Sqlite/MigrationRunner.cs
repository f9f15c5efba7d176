using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_description.sql</c> files in number order, each in its own
/// transaction, recording each in <c>schema_migrations</c>; a file already recorded is skipped.
/// </summary>
public static class MigrationRunner
{
    private const string ResourcePrefix = "LinkGraph.Storage.Sqlite.Migrations.";

    /// <summary>The embedded migrations, ordered by their number.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    public static void Apply(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        var applied = new HashSet<int>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT version FROM schema_migrations";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var (version, name, sql) in Migrations)
        {
            if (applied.Contains(version))
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            using (var apply = connection.CreateCommand())
            {
                apply.Transaction = transaction;
                apply.CommandText = sql;
                apply.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var result = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..^4];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_description.sql.");
            }

            result.Add((version, name, ReadResource(assembly, resource)));
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 1; i < result.Count; i++)
        {
            if (result[i].Item1 == result[i - 1].Item1)
            {
                throw new InvalidOperationException($"Two migrations share number {result[i].Item1}: {result[i - 1].Item2} and {result[i].Item2}.");
            }
        }

        return result;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
