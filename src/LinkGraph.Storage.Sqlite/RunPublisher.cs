using System.Text.Json;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Publishes a run: its rings, members, links and derived observations and its succeeded state in one transaction,
/// and the pruning of runs beyond the retained count.
/// </summary>
/// <param name="published">Called after each publish commits: readers switch to the new run with their next request.</param>
internal sealed class RunPublisher(SqliteConnectionFactory connections, int retainedRuns, Action published)
{
    /// <summary>Page cache of the publishing connection while it writes a run's rows, in KiB.</summary>
    private const int PublishCacheKiB = 64 * 1024;

    /// <summary>
    /// The atomic switch: the run's rings, members, links and derived observations and its succeeded state are
    /// written in one transaction, so readers (who take the latest succeeded run) see either the previous run
    /// or this one whole. Rows a crashed attempt might have left are replaced (at-least-once jobs), and the
    /// rings of succeeded runs beyond the retained count are pruned in the same transaction.
    /// </summary>
    /// <remarks>
    /// Rows are written by multi-row statements (<see cref="SqliteBulkInsert"/>) in each table's key order, so
    /// the trees are appended to rather than updated at random places; the uniqueness the keys enforce (a ring id
    /// once, an account in one ring) is checked beforehand, to name the offending ring or account.
    /// </remarks>
    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var connection = connections.Open();
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
            update.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(now));
            update.Parameters.AddWithValue("$stage", RunStages.Publish);
            update.Parameters.AddWithValue("$accounts", result.Accounts);
            update.Parameters.AddWithValue("$links", result.Links);
            update.Parameters.AddWithValue("$rings", result.Rings.Count);
            update.Parameters.AddWithValue("$flagged", result.Rings.Count(r => r.Flagged));
            update.Parameters.AddWithValue("$stages", RunRows.SerializeStages(result.Stages));
            update.ExecuteNonQuery();
        }

        PruneOldRuns(connection, transaction);
        transaction.Commit();
        published(); // readers switch to this run with their next request
    }

    /// <summary>
    /// The rings in the rank <see cref="CompleteRun"/> publishes them in (and <see cref="RingReads.GetRingsDocument"/> reads
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
        // Keep the published rows of the newest retained succeeded runs (a cursor into one of them stays valid a while).
        const string Old = RunRows.SucceededNewestFirstSql + " LIMIT -1 OFFSET $keep";
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
                delete.Parameters.AddWithValue("$keep", retainedRuns);
            }

            delete.ExecuteNonQuery();
        }
    }

    private static void ThrowIfRingIdRepeats(string runId, List<Ring> ranked)
    {
        var ids = new string[ranked.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = ranked[i].Id;
        }

        Array.Sort(ids, StringComparer.Ordinal);
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal))
            {
                throw new LinkGraphException("duplicate_ring", $"Ring id '{ids[i]}' appears twice in run '{runId}'.");
            }
        }
    }

    /// <summary>Each ring's signals and body as stored: the body is the JSON readers serve as is (UTF-8).</summary>
    private static (string Signals, byte[] Body)[] SerializeRings(List<Ring> ranked)
    {
        var serialized = new (string, byte[])[ranked.Count];
        for (var i = 0; i < serialized.Length; i++)
        {
            serialized[i] = (JsonSerializer.Serialize(ranked[i].Signals), JsonSerializer.SerializeToUtf8Bytes(ranked[i]));
        }

        return serialized;
    }

    /// <summary>Rings in rank order (ordinal = rowid order, so a run reads back sequentially).</summary>
    private static void InsertRings(SqliteConnection connection, string runId, List<Ring> ranked, (string Signals, byte[] Body)[] serialized)
    {
        using var insert = new SqliteBulkInsert(connection, "INSERT INTO rings (run_id, ring_id, ordinal, score, flagged, size, signals, body) VALUES", 8);
        for (var ordinal = 0; ordinal < ranked.Count; ordinal++)
        {
            var ring = ranked[ordinal];
            var row = insert.NextRow();
            row[2] = ordinal;
            row[4] = ring.Flagged ? 1 : 0;
            row[5] = ring.Size;
            insert.SetText(0, runId);
            insert.SetText(1, ring.Id);
            insert.SetReal(3, ring.Score);
            insert.SetText(6, serialized[ordinal].Signals);
            insert.SetUtf8Text(7, serialized[ordinal].Body);
        }

        insert.Flush();
    }

    /// <summary>Ring members in account order (the table's key); an account in two rings is refused by name.</summary>
    private static void InsertMembers(SqliteConnection connection, string runId, List<Ring> ranked)
    {
        var members = new List<(string Account, string RingId)>();
        foreach (var ring in ranked)
        {
            foreach (var account in ring.Accounts)
            {
                members.Add((account, ring.Id));
            }
        }

        members.Sort((x, y) => string.CompareOrdinal(x.Account, y.Account));
        for (var i = 1; i < members.Count; i++)
        {
            if (string.Equals(members[i - 1].Account, members[i].Account, StringComparison.Ordinal))
            {
                throw new LinkGraphException("account_in_two_rings", $"Account '{members[i].Account}' is in more than one ring of run '{runId}'.");
            }
        }

        using var insert = new SqliteBulkInsert(connection, "INSERT INTO ring_members (run_id, account, ring_id) VALUES", 3);
        foreach (var (account, ringId) in members)
        {
            insert.NextRow();
            insert.SetText(0, runId);
            insert.SetText(1, account);
            insert.SetText(2, ringId);
        }

        insert.Flush();
    }

    /// <summary>Strong links in the result's order (reads of the whole list go by rowid).</summary>
    private static void InsertLinks(SqliteConnection connection, string runId, IReadOnlyList<AccountLink> links)
    {
        using var insert = new SqliteBulkInsert(connection, "INSERT INTO run_links (run_id, account_a, account_b, weight, kinds) VALUES", 5);
        foreach (var link in links)
        {
            insert.NextRow();
            insert.SetText(0, runId);
            insert.SetText(1, link.AccountA);
            insert.SetText(2, link.AccountB);
            insert.SetReal(3, link.Weight);
            insert.SetText(4, string.Join(',', link.Kinds));
        }

        insert.Flush();
    }

    /// <summary>Derived observations in key order (run, account, position), each with its identifier's sharing count.</summary>
    private static void InsertDerived(SqliteConnection connection, long runSeq, IReadOnlyList<DerivedObservation> observations, DerivedRows rows)
    {
        using var insert = new SqliteBulkInsert(connection,
            "INSERT INTO run_derived_observations (run_seq, account, ord, kind, value, first_seen, last_seen, count, sharing) VALUES", 9);
        foreach (var i in rows.Order)
        {
            var o = observations[i];
            var row = insert.NextRow();
            row[0] = runSeq;
            row[2] = i;
            row[3] = (int)o.Kind;
            row[5] = UnixTime.ToMilliseconds(o.FirstSeen);
            row[6] = UnixTime.ToMilliseconds(o.LastSeen);
            row[7] = o.Count;
            row[8] = rows.Sharing[i];
            insert.SetText(1, o.Account);
            insert.SetText(4, o.Value);
        }

        insert.Flush();
    }
}
