using System.Text.Json;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>Page cache of the publishing connection while it writes a run's rows, in KiB.</summary>
    private const int PublishCacheKiB = 64 * 1024;

    /// <summary>
    /// The atomic switch: the run's rings, members, links and derived observations and its succeeded state are
    /// written in one transaction, so readers (who take the latest succeeded run) see either the previous run
    /// or this one whole. Rows a crashed attempt might have left are replaced (at-least-once jobs), and the
    /// rings of succeeded runs beyond <see cref="RetainedRuns"/> are pruned in the same transaction.
    /// </summary>
    /// <remarks>
    /// Rows are written by multi-row statements (<see cref="SqliteBulkInsert"/>) in each table's key order, so
    /// the trees are appended to rather than updated at random places; the uniqueness the keys enforce (a ring id
    /// once, an account in one ring) is checked beforehand, to name the offending ring or account.
    /// </remarks>
    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();

        var (state, seq) = ReadState(connection, transaction, runId)
            ?? throw new LinkGraphException("run_not_found", $"Run '{runId}' does not exist.");
        if (state == RunState.Succeeded)
        {
            return; // published by an earlier execution of the same run: nothing to do
        }

        if (state != RunState.Running)
        {
            throw new LinkGraphException("run_not_running", $"Run '{runId}' is {state.ToString().ToLowerInvariant()}, expected running.");
        }

        var ranked = PublishedOrder(result.Rings);
        ThrowIfRingIdRepeats(runId, ranked);

        // SQLite writes on this thread alone; serialising the ring bodies and arranging the derived rows need no
        // database, so they run meanwhile on the thread pool and are picked up when their table's turn comes.
        var bodies = Task.Run(() => SerializeRings(ranked));
        var derived = Task.Run(() => DerivedRows.Arrange(result.DerivedObservations));
        var cacheSize = Pragma(connection, transaction, "cache_size");
        try
        {
            // The links' two indexes are filled in link order, not key order: a page cache that holds them saves
            // spilling (and rewriting) their pages in the WAL. Set back for the pooled connection's next user.
            Pragma(connection, transaction, $"cache_size = -{PublishCacheKiB}");
            DeleteRunRows(connection, transaction, "run_id = $run", "run_seq = $seq", runId, seq);
            InsertMembers(connection, runId, ranked);
            InsertLinks(connection, runId, result.StrongLinks);
            InsertRings(connection, runId, ranked, bodies.GetAwaiter().GetResult());
            InsertDerived(connection, seq, result.DerivedObservations, derived.GetAwaiter().GetResult());
        }
        finally
        {
            Pragma(connection, transaction, $"cache_size = {cacheSize}");
        }

        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText =
                "UPDATE runs SET state = 2, finished_at = $now, stage = $stage, progress = 100, accounts = $accounts, links = $links, " +
                "rings = $rings, flagged_rings = $flagged, stages = $stages, failure_reason = NULL WHERE id = $run";
            update.Parameters.AddWithValue("$run", runId);
            update.Parameters.AddWithValue("$now", ToMs(now));
            update.Parameters.AddWithValue("$stage", RunStages.Publish);
            update.Parameters.AddWithValue("$accounts", result.Accounts);
            update.Parameters.AddWithValue("$links", result.Links);
            update.Parameters.AddWithValue("$rings", result.Rings.Count);
            update.Parameters.AddWithValue("$flagged", result.Rings.Count(r => r.Flagged));
            update.Parameters.AddWithValue("$stages", JsonSerializer.Serialize(
                result.Stages.Select(s => new StoredStage(s.Name, s.Duration.TotalMilliseconds, s.InputCount, s.OutputCount, s.Note)), Json));
            update.ExecuteNonQuery();
        }

        PruneOldRuns(connection, transaction);
        transaction.Commit();
        InvalidatePublished(); // readers switch to this run with their next request
    }

    /// <summary>
    /// The rings in the rank <see cref="CompleteRun"/> publishes them in (and <see cref="GetRingsDocument"/> reads
    /// them back in): by descending score whatever order they came in; ties keep their given order.
    /// </summary>
    public static List<Ring> PublishedOrder(IReadOnlyList<Ring> rings)
    {
        ArgumentNullException.ThrowIfNull(rings);
        var ranked = new List<Ring>(rings);
        var sorted = true;
        for (var i = 1; i < ranked.Count && sorted; i++)
        {
            sorted = ranked[i - 1].Score >= ranked[i].Score;
        }

        return sorted ? ranked : [.. rings.Select((r, i) => (Ring: r, Index: i)).OrderByDescending(x => x.Ring.Score).ThenBy(x => x.Index).Select(x => x.Ring)];
    }

    private static long Pragma(SqliteConnection connection, SqliteTransaction transaction, string pragma)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA " + pragma;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    private static (RunState State, long Seq)? ReadState(SqliteConnection connection, SqliteTransaction transaction, string runId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT state, seq FROM runs WHERE id = $run";
        command.Parameters.AddWithValue("$run", runId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ((RunState)reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private void PruneOldRuns(SqliteConnection connection, SqliteTransaction transaction)
    {
        // Keep the published rows of the newest RetainedRuns succeeded runs (a cursor into one of them stays valid a while).
        const string Old = "FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT -1 OFFSET $keep";
        DeleteRunRows(connection, transaction, $"run_id IN (SELECT id {Old})", $"run_seq IN (SELECT seq {Old})", null, 0);
    }

    /// <param name="byId">Which rows to delete from the tables keyed by run id.</param>
    /// <param name="bySeq">The same for run_derived_observations, keyed by the run's seq.</param>
    private void DeleteRunRows(SqliteConnection connection, SqliteTransaction transaction, string byId, string bySeq, string? runId, long seq)
    {
        foreach (var (table, where) in ((string, string)[])[("rings", byId), ("ring_members", byId), ("run_links", byId), ("run_derived_observations", bySeq)])
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE {where}";
            if (runId is not null)
            {
                delete.Parameters.AddWithValue("$run", runId);
                delete.Parameters.AddWithValue("$seq", seq);
            }
            else
            {
                delete.Parameters.AddWithValue("$keep", RetainedRuns);
            }

            delete.ExecuteNonQuery();
        }
    }
}
