using System.Globalization;
using System.Text;
using System.Text.Json;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Reads of published runs straight from the file: pages of rings (filtered, keyset-paged), a ring, a run's whole
/// rings document, its strong links and derived observations.
/// </summary>
internal sealed class RingReads(SqliteConnectionFactory connections)
{
    /// <summary>Largest page <see cref="QueryRings"/> serves.</summary>
    public const int MaxRingPageSize = 500;

    private static readonly HashSet<string> KnownSignals =
        [SignalNames.Payment, SignalNames.Ip, SignalNames.IpPrefix, SignalNames.Device, SignalNames.Prompt];

    /// <summary>
    /// Keyset paging: the cursor names the run it pages through (so a page sequence stays on one run even if a
    /// newer run is published meanwhile) and the sort key of the last ring served.
    /// </summary>
    public RingPage? QueryRings(RingQuery query)
    {
        var page = QueryRingsJson(query);
        return page is null ? null : new RingPage(page.Run, page.Rings.Select(DeserializeRing).ToList(), page.NextCursor);
    }

    /// <summary><see cref="QueryRings"/> with each ring as its stored docs/contract.md §2 JSON, for callers that only pass it on.</summary>
    public RingJsonPage? QueryRingsJson(RingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ValidateQuery(query);
        var cursor = query.Cursor is null ? null : RingCursor.Parse(query.Cursor, query.Sort);

        using var connection = RunRows.OpenReader(connections);
        var run = cursor is null ? RunRows.ReadLatestSucceeded(connection) : RunRows.ReadRun(connection, cursor.RunId);
        if (run is null)
        {
            return null;
        }

        if (cursor is not null && run.State != RunState.Succeeded)
        {
            throw new LinkGraphException("invalid_cursor", "The cursor names a run that has no published rings.");
        }

        var sql = new StringBuilder("SELECT ordinal, size, body FROM rings WHERE run_id = $run");
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$run", run.Id);
        if (query.MinScore is { } minScore)
        {
            sql.Append(" AND score >= $minScore");
            command.Parameters.AddWithValue("$minScore", minScore);
        }

        if (query.Flagged is { } flagged)
        {
            sql.Append(" AND flagged = $flagged");
            command.Parameters.AddWithValue("$flagged", flagged ? 1 : 0);
        }

        if (query.MinSize is { } minSize)
        {
            sql.Append(" AND size >= $minSize");
            command.Parameters.AddWithValue("$minSize", minSize);
        }

        if (query.Signal is { } signal)
        {
            sql.Append(" AND json_extract(signals, $signalPath) > 0");
            command.Parameters.AddWithValue("$signalPath", "$." + signal);
        }

        var bySize = query.Sort == "size";
        if (cursor is not null)
        {
            sql.Append(bySize ? " AND (size < $size OR (size = $size AND ordinal > $ordinal))" : " AND ordinal > $ordinal");
            command.Parameters.AddWithValue("$size", cursor.Size);
            command.Parameters.AddWithValue("$ordinal", cursor.Ordinal);
        }

        sql.Append(bySize ? " ORDER BY size DESC, ordinal" : " ORDER BY ordinal").Append(" LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit + 1);
        command.CommandText = sql.ToString();

        var rings = new List<string>(Math.Min(query.Limit, 64));
        string? next = null;
        var lastOrdinal = -1L;
        var lastSize = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (rings.Count == query.Limit)
            {
                // One row more than asked: there is a next page, starting after the last ring served.
                next = new RingCursor(run.Id, query.Sort, lastSize, lastOrdinal).ToString();
                break;
            }

            lastOrdinal = reader.GetInt64(0);
            lastSize = reader.GetInt32(1);
            rings.Add(reader.GetString(2));
        }

        return new RingJsonPage(run, rings, next);
    }

    public Ring? GetRing(string ringId) => GetRingJson(ringId) is { } body ? DeserializeRing(body) : null;

    /// <summary>A ring of the latest succeeded run as its stored docs/contract.md §2 JSON, or null.</summary>
    public string? GetRingJson(string ringId)
    {
        using var connection = RunRows.OpenReader(connections);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT body FROM rings WHERE ring_id = $ring AND run_id = ({RunRows.LatestSucceededIdSql})";
        command.Parameters.AddWithValue("$ring", ringId);
        return command.ExecuteScalar() as string;
    }

    public RingsDocument? GetRingsDocument(string runId)
    {
        using var connection = RunRows.OpenReader(connections);
        var run = RunRows.ReadRun(connection, runId);
        if (run is not { State: RunState.Succeeded, StartedAt: { } startedAt, FinishedAt: { } finishedAt })
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM rings WHERE run_id = $run ORDER BY ordinal";
        command.Parameters.AddWithValue("$run", runId);
        var rings = new List<Ring>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rings.Add(DeserializeRing(reader.GetString(0)));
        }

        return new RingsDocument(new RunSummary(run.Id, startedAt, finishedAt, run.Accounts, run.Links), rings);
    }

    public IReadOnlyList<AccountLink> GetStrongLinks(string runId)
    {
        using var connection = RunRows.OpenReader(connections);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT account_a, account_b, weight, kinds FROM run_links WHERE run_id = $run ORDER BY rowid";
        command.Parameters.AddWithValue("$run", runId);
        var links = new List<AccountLink>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new AccountLink(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), SplitKinds(reader.GetString(3))));
        }

        return links;
    }

    public IReadOnlyList<DerivedObservation> GetDerivedObservations(string runId)
    {
        using var connection = RunRows.OpenReader(connections);
        using var command = connection.CreateCommand();
        // Stored by account; put back in the order they were published (sorted here rather than by a temporary b-tree).
        command.CommandText =
            "SELECT ord, account, kind, value, first_seen, last_seen, count FROM run_derived_observations " +
            "WHERE run_seq = (SELECT seq FROM runs WHERE id = $run)";
        command.Parameters.AddWithValue("$run", runId);
        var ords = new List<long>();
        var observations = new List<DerivedObservation>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ords.Add(reader.GetInt64(0));
            observations.Add(new DerivedObservation(
                reader.GetString(1), (IdentifierKind)reader.GetInt32(2), reader.GetString(3),
                UnixTime.FromMilliseconds(reader.GetInt64(4)), UnixTime.FromMilliseconds(reader.GetInt64(5)), reader.GetInt32(6)));
        }

        var keys = ords.ToArray();
        var sorted = observations.ToArray();
        Array.Sort(keys, sorted);
        return sorted;
    }

    private static void ValidateQuery(RingQuery query)
    {
        var problems = new List<string>();
        if (query.MinScore is < 0 or > 1 || query.MinScore is double.NaN)
        {
            problems.Add($"minScore must be between 0 and 1, got {query.MinScore?.ToString(CultureInfo.InvariantCulture)}");
        }

        if (query.MinSize is < 1)
        {
            problems.Add($"minSize must be at least 1, got {query.MinSize}");
        }

        if (query.Signal is { } signal && !KnownSignals.Contains(signal))
        {
            problems.Add($"signal must be one of {string.Join(", ", KnownSignals)}, got '{signal}'");
        }

        if (query.Sort is not ("score" or "size"))
        {
            problems.Add($"sort must be 'score' or 'size', got '{query.Sort}'");
        }

        if (query.Limit is < 1 or > MaxRingPageSize)
        {
            problems.Add($"limit must be between 1 and {MaxRingPageSize}, got {query.Limit}");
        }

        if (problems.Count > 0)
        {
            throw new LinkGraphException("invalid_query", string.Join("; ", problems) + ".");
        }
    }

    public static Ring DeserializeRing(string body) =>
        JsonSerializer.Deserialize<Ring>(body) ?? throw new InvalidDataException("A stored ring body is JSON null.");

    private static string[] SplitKinds(string kinds) =>
        kinds.Length == 0 ? [] : kinds.Split(',');
}
