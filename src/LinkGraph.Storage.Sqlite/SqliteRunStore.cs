using System.Text.Json;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The run store on the SQLite file: the <c>runs</c> table (state, stage, progress, counts, timings, failure
/// reason) and the rings, members, links and derived observations each succeeded run published
/// (Migrations/0002_runs.sql). Partial files: <c>.Publish</c> (the atomic switch), <c>.Rings</c> (ring reads),
/// <c>.Accounts</c> (account profiles).
/// </summary>
public sealed partial class SqliteRunStore : IRunStore, IRingJsonReader
{
    private const string RunColumns =
        "id, state, trigger, created_at, started_at, finished_at, stage, progress, accounts, links, rings, flagged_rings, stages, failure_reason";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SqliteConnectionFactory _connections;

    /// <param name="retainedRuns">How many succeeded runs keep their rings; older ones are pruned at publish. At least 1.</param>
    /// <param name="publishedCheckInterval">
    /// How long readers trust the cached latest run before asking the file again (default
    /// <see cref="DefaultPublishedCheckInterval"/>): the delay before a run published by another process is served.
    /// </param>
    public SqliteRunStore(SqliteConnectionFactory connections, int retainedRuns = 3, TimeSpan? publishedCheckInterval = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentOutOfRangeException.ThrowIfLessThan(retainedRuns, 1);
        var interval = publishedCheckInterval ?? DefaultPublishedCheckInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero, nameof(publishedCheckInterval));
        _connections = connections;
        RetainedRuns = retainedRuns;
        _publishedCheckMs = (long)interval.TotalMilliseconds;
        _connections.Open().Dispose(); // applies the migrations, so readers may skip the factory's per-open pragmas
    }

    public int RetainedRuns { get; }

    public RunRecord CreateRun(string trigger, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        var id = "run-" + Guid.CreateVersion7(now).ToString("N");
        using var connection = _connections.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO runs (id, state, trigger, created_at) VALUES ($id, $state, $trigger, $now)";
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$state", (int)RunState.Queued);
        insert.Parameters.AddWithValue("$trigger", trigger);
        insert.Parameters.AddWithValue("$now", ToMs(now));
        insert.ExecuteNonQuery();
        return ReadRun(connection, id) ?? throw new InvalidOperationException($"Run {id} vanished after insert.");
    }

    public bool TryStartRun(string runId, DateTimeOffset now)
    {
        // A run left "running" by a dead process is started again from scratch: its previous attempt wrote
        // nothing readers can see (rings are published only with the succeeded state).
        return Execute(
            "UPDATE runs SET state = 1, started_at = $now, stage = NULL, progress = 0, attempts = attempts + 1 " +
            "WHERE id = $id AND state IN (0, 1)",
            ("$id", runId), ("$now", ToMs(now))) > 0;
    }

    public void ReportProgress(string runId, string stage, double percent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        Execute(
            "UPDATE runs SET stage = $stage, progress = $progress WHERE id = $id AND state = 1",
            ("$id", runId), ("$stage", stage), ("$progress", Math.Clamp(percent, 0, 100)));
    }

    public void FailRun(string runId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Execute(
            "UPDATE runs SET state = 3, finished_at = $now, failure_reason = $reason WHERE id = $id AND state IN (0, 1)",
            ("$id", runId), ("$now", ToMs(now)), ("$reason", reason));
    }

    public RunRecord? GetRun(string runId)
    {
        using var connection = OpenReader();
        return ReadRun(connection, runId);
    }

    public IReadOnlyList<RunRecord> ListRuns(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ReadRuns($"SELECT {RunColumns} FROM runs ORDER BY seq DESC LIMIT $limit", ("$limit", limit));
    }

    public IReadOnlyList<RunRecord> ListUnfinishedRuns() =>
        ReadRuns($"SELECT {RunColumns} FROM runs WHERE state IN (0, 1) ORDER BY seq");

    public RunRecord? GetLatestSucceededRun()
    {
        using var connection = OpenReader();
        return ReadLatestSucceeded(connection);
    }

    private static RunRecord? ReadLatestSucceeded(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? MapRun(reader) : null;
    }

    private static RunRecord? ReadRun(SqliteConnection connection, string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? MapRun(reader) : null;
    }

    private List<RunRecord> ReadRuns(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var runs = new List<RunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(MapRun(reader));
        }

        return runs;
    }

    /// <summary>
    /// A pooled connection for reads, without the factory's per-open pragmas (about a third of a small read's cost):
    /// WAL mode is a property of the file, reads never write, and the connection string's timeout covers a busy file.
    /// </summary>
    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connections.ConnectionString);
        connection.Open();
        return connection;
    }

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    private static RunRecord MapRun(SqliteDataReader reader)
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
            CreatedAt: FromMs(reader.GetInt64(3)),
            StartedAt: reader.IsDBNull(4) ? null : FromMs(reader.GetInt64(4)),
            FinishedAt: reader.IsDBNull(5) ? null : FromMs(reader.GetInt64(5)),
            Stage: reader.IsDBNull(6) ? null : reader.GetString(6),
            Progress: reader.GetDouble(7),
            Accounts: reader.GetInt32(8),
            Links: reader.GetInt64(9),
            Rings: reader.GetInt32(10),
            FlaggedRings: reader.GetInt32(11),
            Stages: stages,
            FailureReason: reader.IsDBNull(13) ? null : reader.GetString(13));
    }

    private static long ToMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>A stage record as stored in <c>runs.stages</c>.</summary>
    private sealed record StoredStage(string Name, double DurationMs, long Input, long Output, string? Note);
}
