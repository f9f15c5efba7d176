using LinkGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkGraph.Api.Tests;

/// <summary>Reads the test host's SQLite store directly: each row's columns joined by '|'.</summary>
internal static class StoreRows
{
    public static List<string> Query(IServiceProvider services, string sql)
    {
        using var connection = services.GetRequiredService<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
