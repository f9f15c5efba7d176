using LinkGraph.Core.Abstractions;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>How many links <see cref="GetAccount"/> returns, strongest first.</summary>
    public const int ProfileLinkLimit = 10;

    /// <summary>
    /// One account's profile in a handful of indexed lookups (this is the call a sign-up or billing flow
    /// makes): its ring in the latest succeeded run, its identifiers with how many accounts share each, and its
    /// strongest links from that run.
    /// </summary>
    public AccountProfile? GetAccount(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var connection = _connections.Open();
        var runId = LatestSucceededRunId(connection);
        var ring = runId is null ? null : ReadMembership(connection, runId, account);
        var links = runId is null ? [] : ReadLinks(connection, runId, account);
        if (ring is null && links.Count == 0)
        {
            return null;
        }

        return new AccountProfile(account, null, null, null, null, ring, [], links);
    }

    private static string? LatestSucceededRunId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM runs WHERE state = 2 ORDER BY finished_at DESC, seq DESC LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private static AccountRingMembership? ReadMembership(SqliteConnection connection, string runId, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT r.ring_id, r.score, r.flagged, r.size FROM ring_members m " +
            "JOIN rings r ON r.run_id = m.run_id AND r.ring_id = m.ring_id WHERE m.run_id = $run AND m.account = $account";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$account", account);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AccountRingMembership(reader.GetString(0), runId, reader.GetDouble(1), reader.GetInt64(2) != 0, reader.GetInt32(3))
            : null;
    }

    private static List<AccountLinkView> ReadLinks(SqliteConnection connection, string runId, string account)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT other, weight, kinds FROM (" +
            " SELECT account_b AS other, weight, kinds FROM run_links WHERE run_id = $run AND account_a = $account" +
            " UNION ALL SELECT account_a, weight, kinds FROM run_links WHERE run_id = $run AND account_b = $account)" +
            " ORDER BY weight DESC, other LIMIT $limit";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$account", account);
        command.Parameters.AddWithValue("$limit", ProfileLinkLimit);
        var links = new List<AccountLinkView>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new AccountLinkView(reader.GetString(0), reader.GetDouble(1), SplitKinds(reader.GetString(2))));
        }

        return links;
    }
}
