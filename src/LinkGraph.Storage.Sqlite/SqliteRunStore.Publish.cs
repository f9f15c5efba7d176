using System.Text.Json;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>
    /// The atomic switch: the run's rings, members, links and derived observations and its succeeded state are
    /// written in one transaction, so readers (who take the latest succeeded run) see either the previous run
    /// or this one whole. Rows a crashed attempt might have left are replaced (at-least-once jobs), and the
    /// rings of succeeded runs beyond <see cref="RetainedRuns"/> are pruned in the same transaction.
    /// </summary>
    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();

        var state = ReadState(connection, transaction, runId)
            ?? throw new LinkGraphException("run_not_found", $"Run '{runId}' does not exist.");
        if (state == RunState.Succeeded)
        {
            return; // published by an earlier execution of the same run: nothing to do
        }

        if (state != RunState.Running)
        {
            throw new LinkGraphException("run_not_running", $"Run '{runId}' is {state.ToString().ToLowerInvariant()}, expected running.");
        }

        DeleteRunRows(connection, transaction, "run_id = $run", runId);
        InsertRings(connection, transaction, runId, result);
        InsertLinks(connection, transaction, runId, result);
        InsertDerived(connection, transaction, runId, result);

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

    private static RunState? ReadState(SqliteConnection connection, SqliteTransaction transaction, string runId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT state FROM runs WHERE id = $run";
        command.Parameters.AddWithValue("$run", runId);
        var value = command.ExecuteScalar();
        return value is long state ? (RunState)state : null;
    }

    private static void InsertRings(SqliteConnection connection, SqliteTransaction transaction, string runId, DetectionResult result)
    {
        using var ring = connection.CreateCommand();
        ring.Transaction = transaction;
        ring.CommandText =
            "INSERT INTO rings (run_id, ring_id, ordinal, score, flagged, size, signals, body) " +
            "VALUES ($run, $ring, $ordinal, $score, $flagged, $size, $signals, $body)";
        ring.Parameters.AddWithValue("$run", runId);
        var ringId = ring.Parameters.Add("$ring", SqliteType.Text);
        var ordinal = ring.Parameters.Add("$ordinal", SqliteType.Integer);
        var score = ring.Parameters.Add("$score", SqliteType.Real);
        var flagged = ring.Parameters.Add("$flagged", SqliteType.Integer);
        var size = ring.Parameters.Add("$size", SqliteType.Integer);
        var signals = ring.Parameters.Add("$signals", SqliteType.Text);
        var body = ring.Parameters.Add("$body", SqliteType.Text);

        using var member = connection.CreateCommand();
        member.Transaction = transaction;
        member.CommandText = "INSERT INTO ring_members (run_id, account, ring_id) VALUES ($run, $account, $ring)";
        member.Parameters.AddWithValue("$run", runId);
        var memberAccount = member.Parameters.Add("$account", SqliteType.Text);
        var memberRing = member.Parameters.Add("$ring", SqliteType.Text);

        // Rank by descending score whatever order the result came in; ties keep their given order.
        var ranked = result.Rings.Select((r, i) => (Ring: r, Index: i)).OrderByDescending(x => x.Ring.Score).ThenBy(x => x.Index).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            var r = ranked[i].Ring;
            ringId.Value = r.Id;
            ordinal.Value = i;
            score.Value = r.Score;
            flagged.Value = r.Flagged ? 1 : 0;
            size.Value = r.Size;
            signals.Value = JsonSerializer.Serialize(r.Signals);
            body.Value = JsonSerializer.Serialize(r);
            try
            {
                ring.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                throw new LinkGraphException("duplicate_ring", $"Ring id '{r.Id}' appears twice in run '{runId}'.", e);
            }

            foreach (var account in r.Accounts)
            {
                memberAccount.Value = account;
                memberRing.Value = r.Id;
                try
                {
                    member.ExecuteNonQuery();
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 19)
                {
                    throw new LinkGraphException("account_in_two_rings", $"Account '{account}' is in more than one ring of run '{runId}'.", e);
                }
            }
        }
    }

    private static void InsertLinks(SqliteConnection connection, SqliteTransaction transaction, string runId, DetectionResult result)
    {
        using var link = connection.CreateCommand();
        link.Transaction = transaction;
        link.CommandText = "INSERT INTO run_links (run_id, account_a, account_b, weight, kinds) VALUES ($run, $a, $b, $w, $k)";
        link.Parameters.AddWithValue("$run", runId);
        var a = link.Parameters.Add("$a", SqliteType.Text);
        var b = link.Parameters.Add("$b", SqliteType.Text);
        var w = link.Parameters.Add("$w", SqliteType.Real);
        var k = link.Parameters.Add("$k", SqliteType.Text);
        foreach (var l in result.StrongLinks)
        {
            a.Value = l.AccountA;
            b.Value = l.AccountB;
            w.Value = l.Weight;
            k.Value = string.Join(',', l.Kinds);
            link.ExecuteNonQuery();
        }
    }

    private static void InsertDerived(SqliteConnection connection, SqliteTransaction transaction, string runId, DetectionResult result)
    {
        using var derived = connection.CreateCommand();
        derived.Transaction = transaction;
        derived.CommandText =
            "INSERT INTO run_derived_observations (run_id, account, kind, value, first_seen, last_seen, count, sharing) " +
            "VALUES ($run, $account, $kind, $value, $first, $last, $count, $sharing)";
        derived.Parameters.AddWithValue("$run", runId);
        var account = derived.Parameters.Add("$account", SqliteType.Text);
        var kind = derived.Parameters.Add("$kind", SqliteType.Integer);
        var value = derived.Parameters.Add("$value", SqliteType.Text);
        var first = derived.Parameters.Add("$first", SqliteType.Integer);
        var last = derived.Parameters.Add("$last", SqliteType.Integer);
        var count = derived.Parameters.Add("$count", SqliteType.Integer);
        var sharing = derived.Parameters.Add("$sharing", SqliteType.Integer);
        var accountsOf = result.DerivedObservations
            .GroupBy(d => (d.Kind, d.Value))
            .ToDictionary(g => g.Key, g => g.Select(d => d.Account).Distinct(StringComparer.Ordinal).Count());
        foreach (var d in result.DerivedObservations)
        {
            account.Value = d.Account;
            kind.Value = (int)d.Kind;
            value.Value = d.Value;
            first.Value = ToMs(d.FirstSeen);
            last.Value = ToMs(d.LastSeen);
            count.Value = d.Count;
            sharing.Value = accountsOf[(d.Kind, d.Value)];
            derived.ExecuteNonQuery();
        }
    }

    private void PruneOldRuns(SqliteConnection connection, SqliteTransaction transaction)
    {
        // Keep the published rows of the newest RetainedRuns succeeded runs (a cursor into one of them stays valid a while).
        const string Old =
            "run_id IN (SELECT id FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT -1 OFFSET $keep)";
        DeleteRunRows(connection, transaction, Old, null);
    }

    private void DeleteRunRows(SqliteConnection connection, SqliteTransaction transaction, string where, string? runId)
    {
        foreach (var table in (string[])["rings", "ring_members", "run_links", "run_derived_observations"])
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE {where}";
            if (runId is not null)
            {
                delete.Parameters.AddWithValue("$run", runId);
            }
            else
            {
                delete.Parameters.AddWithValue("$keep", RetainedRuns);
            }

            delete.ExecuteNonQuery();
        }
    }
}
