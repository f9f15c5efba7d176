using System.Text.Json;
using LinkGraph.Core.Pipeline;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Rows of the <c>runs</c> table as <see cref="RunRecord"/>s: the columns every run read selects, the mapping, and
/// the two lookups the run table, the ring reads and the publisher share (a run by id; the latest succeeded run).
/// </summary>
internal static class RunRows
{
    public const string Columns =
        "id, state, trigger, created_at, started_at, finished_at, stage, progress, accounts, links, rings, flagged_rings, stages, failure_reason";

    /// <summary>
    /// The one definition of "the latest succeeded run", as a query for its id: by finish time, then by creation
    /// order for runs that finished in the same millisecond. Every read of published rows goes through it.
    /// </summary>
    public const string LatestSucceededIdSql = "SELECT id " + SucceededNewestFirstSql + " LIMIT 1";

    /// <summary>The FROM clause of succeeded runs newest first; the publisher prunes by offset into it.</summary>
    public const string SucceededNewestFirstSql = "FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RunRecord? ReadLatestSucceeded(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs WHERE id = ({LatestSucceededIdSql})";
        using var reader = command.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    public static RunRecord? ReadRun(SqliteConnection connection, string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    /// <summary>A row selected with <see cref="Columns"/>.</summary>
    public static RunRecord Map(SqliteDataReader reader)
    {
        var stages = reader.IsDBNull(12)
            ? []
            : (JsonSerializer.Deserialize<List<StoredStage>>(reader.GetString(12), Json) ?? [])
                .Select(s => new StageRecord(s.Name, TimeSpan.FromMilliseconds(s.DurationMs), s.Input, s.Output, s.Note))
                .ToList();
        return new RunRecord(
            Id: reader.GetString(0),
            State: (RunState)reader.GetInt32(1),
            Trigger: reader.GetString(2),
            CreatedAt: UnixTime.FromMilliseconds(reader.GetInt64(3)),
            StartedAt: reader.IsDBNull(4) ? null : UnixTime.FromMilliseconds(reader.GetInt64(4)),
            FinishedAt: reader.IsDBNull(5) ? null : UnixTime.FromMilliseconds(reader.GetInt64(5)),
            Stage: reader.IsDBNull(6) ? null : reader.GetString(6),
            Progress: reader.GetDouble(7),
            Accounts: reader.GetInt32(8),
            Links: reader.GetInt64(9),
            Rings: reader.GetInt32(10),
            FlaggedRings: reader.GetInt32(11),
            Stages: stages,
            FailureReason: reader.IsDBNull(13) ? null : reader.GetString(13));
    }

    /// <summary>The stage records as stored in <c>runs.stages</c>.</summary>
    public static string SerializeStages(IEnumerable<StageRecord> stages) =>
        JsonSerializer.Serialize(stages.Select(s => new StoredStage(s.Name, s.Duration.TotalMilliseconds, s.InputCount, s.OutputCount, s.Note)), Json);

    /// <summary>
    /// A pooled connection for reads, without the factory's per-open pragmas (about a third of a small read's cost):
    /// WAL mode is a property of the file, reads never write, and the connection string's timeout covers a busy file.
    /// </summary>
    public static SqliteConnection OpenReader(SqliteConnectionFactory connections)
    {
        var connection = new SqliteConnection(connections.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>A stage record as stored in <c>runs.stages</c>.</summary>
    private sealed record StoredStage(string Name, double DurationMs, long Input, long Output, string? Note);
}
