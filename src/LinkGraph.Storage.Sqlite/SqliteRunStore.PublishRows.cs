using System.Text.Json;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
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
            row[5] = ToMs(o.FirstSeen);
            row[6] = ToMs(o.LastSeen);
            row[7] = o.Count;
            row[8] = rows.Sharing[i];
            insert.SetText(1, o.Account);
            insert.SetText(4, o.Value);
        }

        insert.Flush();
    }
}
