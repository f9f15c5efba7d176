using LinkGraph.Neo4j.Graph;

namespace LinkGraph.Neo4j;

/// <summary>
/// The batches that write one run, in dependency order: the run, nodes, then relationships (both ends must
/// exist), then removal of what the run no longer has, and last the marker that makes the run current.
/// Produced lazily so a large store is never held in memory.
/// </summary>
internal static class Neo4jSyncPlan
{
    public static IEnumerable<CypherBatch> Batches(RunGraph graph, int batchSize, CancellationToken cancellationToken)
    {
        var runId = graph.RunId;
        yield return new CypherBatch(CypherFiles.UpsertRun, new Dictionary<string, object?> { ["run"] = graph.Run }, 0);

        foreach (var batch in Chunk(CypherFiles.UpsertAccounts, graph.Accounts(cancellationToken), batchSize, null))
        {
            yield return batch;
        }

        // One pass over the identifiers; each kind has its own statement (labels cannot be parameters).
        var pending = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        foreach (var (kind, row) in graph.Identifiers(cancellationToken))
        {
            var file = IdentifierNodes.UpsertFile(kind);
            if (!pending.TryGetValue(file, out var rows))
            {
                rows = [];
                pending[file] = rows;
            }

            rows.Add(row);
            if (rows.Count == batchSize)
            {
                yield return RowsBatch(file, rows, null);
                pending[file] = [];
            }
        }

        foreach (var (file, rows) in pending.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (rows.Count > 0)
            {
                yield return RowsBatch(file, rows, null);
            }
        }

        foreach (var batch in Chunk(CypherFiles.UpsertUsage, graph.Usage(cancellationToken), batchSize, null))
        {
            yield return batch;
        }

        foreach (var batch in Chunk(CypherFiles.UpsertRings, graph.Rings, batchSize, runId))
        {
            yield return batch;
        }

        foreach (var batch in Chunk(CypherFiles.UpsertMemberships, graph.Memberships, batchSize, runId))
        {
            yield return batch;
        }

        foreach (var batch in Chunk(CypherFiles.UpsertLinks, graph.Links, batchSize, runId))
        {
            yield return batch;
        }

        foreach (var file in (string[])[CypherFiles.RemoveStaleMemberships, CypherFiles.RetireStaleRings, CypherFiles.RemoveStaleLinks, CypherFiles.RemoveStaleDerivedUsage, CypherFiles.MarkRunSynced])
        {
            yield return new CypherBatch(file, new Dictionary<string, object?> { ["runId"] = runId }, 0);
        }
    }

    private static IEnumerable<CypherBatch> Chunk<T>(string file, IEnumerable<T> rows, int batchSize, string? runId)
        where T : notnull
    {
        var current = new List<object>(batchSize);
        foreach (var row in rows)
        {
            current.Add(row);
            if (current.Count == batchSize)
            {
                yield return RowsBatch(file, current, runId);
                current = new List<object>(batchSize);
            }
        }

        if (current.Count > 0)
        {
            yield return RowsBatch(file, current, runId);
        }
    }

    private static CypherBatch RowsBatch(string file, List<object> rows, string? runId)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (runId is not null)
        {
            parameters["runId"] = runId;
        }

        parameters["rows"] = rows;
        return new CypherBatch(file, parameters, rows.Count);
    }
}
