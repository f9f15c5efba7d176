using LinkGraph.Core.Pipeline;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The <c>runs</c> table's lifecycle: create, start (or restart after a crash), progress, fail, and reads of runs.
/// Publishing (the succeeded state with the run's rows) is <see cref="RunPublisher"/>'s.
/// </summary>
internal sealed class RunTable(SqliteConnectionFactory connections)
{
    public RunRecord CreateRun(string trigger, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        var id = "run-" + Guid.CreateVersion7(now).ToString("N");
        using var connection = connections.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO runs (id, state, trigger, created_at) VALUES ($id, $state, $trigger, $now)";
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$state", (int)RunState.Queued);
        insert.Parameters.AddWithValue("$trigger", trigger);
        insert.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
        insert.ExecuteNonQuery();
        return RunRows.ReadRun(connection, id) ?? throw new InvalidOperationException($"Run {id} vanished after insert.");
    }

    public bool TryStartRun(string runId, DateTimeOffset now)
    {
        // A run left "running" by a dead process is started again from scratch: its previous attempt wrote
        // nothing readers can see (rings are published only with the succeeded state).
        return Execute(
            "UPDATE runs SET state = 1, started_at = $now, stage = NULL, progress = 0, attempts = attempts + 1 " +
            "WHERE id = $id AND state IN (0, 1)",
            ("$id", runId), ("$now", UnixTime.ToMilliseconds(now))) > 0;
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
            ("$id", runId), ("$now", UnixTime.ToMilliseconds(now)), ("$reason", reason));
    }

    public RunRecord? GetRun(string runId)
    {
        using var connection = RunRows.OpenReader(connections);
        return RunRows.ReadRun(connection, runId);
    }

    public IReadOnlyList<RunRecord> ListRuns(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ReadRuns($"SELECT {RunRows.Columns} FROM runs ORDER BY seq DESC LIMIT $limit", ("$limit", limit));
    }

    public IReadOnlyList<RunRecord> ListUnfinishedRuns() =>
        ReadRuns($"SELECT {RunRows.Columns} FROM runs WHERE state IN (0, 1) ORDER BY seq");

    public RunRecord? GetLatestSucceededRun()
    {
        using var connection = RunRows.OpenReader(connections);
        return RunRows.ReadLatestSucceeded(connection);
    }

    private List<RunRecord> ReadRuns(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = RunRows.OpenReader(connections);
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
            runs.Add(RunRows.Map(reader));
        }

        return runs;
    }

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
