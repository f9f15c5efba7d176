using LinkGraph.Core.Abstractions;
using LinkGraph.Neo4j.Graph;

namespace LinkGraph.Neo4j;

/// <summary>
/// Writes a finished run into Neo4j: accounts, identifiers, USED, the run, rings with their history, MEMBER_OF
/// and the strongest LINKED links; then removes memberships, links and derived usage the run no longer has.
/// Idempotent: every write is a MERGE on a constrained key followed by SET, so replaying a batch or the whole
/// sync leaves the same graph; and a run the graph already holds as current is skipped unless forced.
/// </summary>
/// <remarks>
/// Batches go in explicit transactions of <see cref="Neo4jOptions.BatchesPerTransaction"/> batches. A transient
/// failure rolls the transaction back and replays it whole after a back-off; any other failure rolls back and
/// stops the sync. The run is marked current in the last transaction only, so a sync that stopped half-way is
/// redone in full by the next one.
/// </remarks>
public sealed class Neo4jGraphSync
{
    private readonly Neo4jQueryClient _client;
    private readonly IDetectionSource _source;
    private readonly IRunStore _runs;

    public Neo4jGraphSync(Neo4jQueryClient client, IDetectionSource source, IRunStore runs)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(runs);
        _client = client;
        _source = source;
        _runs = runs;
    }

    /// <summary>Syncs run <paramref name="runId"/>, or the latest succeeded run when it is null.</summary>
    /// <param name="force">Write the run even if the graph already holds it as current.</param>
    public async Task<Neo4jSyncResult> SyncAsync(string? runId, bool force, CancellationToken cancellationToken)
    {
        var graph = RunGraph.Load(_source, _runs, runId, cancellationToken);
        var rowsByFile = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (!force && await IsCurrentAsync(graph.RunId, cancellationToken))
        {
            return new Neo4jSyncResult(graph.RunId, Skipped: true, 0, 0, rowsByFile, 0);
        }

        // Schema changes cannot share a transaction with data writes: each goes alone, auto-committed.
        foreach (var statement in CypherCatalog.GetAll(CypherFiles.CreateSchema))
        {
            await _client.RunAsync(statement, null, cancellationToken);
        }

        var options = _client.Options;
        var transactions = 0;
        var batches = 0;
        var retries = 0;
        var group = new List<CypherBatch>(options.BatchesPerTransaction);
        foreach (var batch in Neo4jSyncPlan.Batches(graph, options.BatchSize, cancellationToken))
        {
            group.Add(batch);
            if (group.Count == options.BatchesPerTransaction)
            {
                retries += await WriteAsync(group, cancellationToken);
                transactions++;
                batches += Count(group, rowsByFile);
                group.Clear();
            }
        }

        if (group.Count > 0)
        {
            retries += await WriteAsync(group, cancellationToken);
            transactions++;
            batches += Count(group, rowsByFile);
        }

        return new Neo4jSyncResult(graph.RunId, Skipped: false, transactions, batches, rowsByFile, retries);
    }

    private async Task<bool> IsCurrentAsync(string runId, CancellationToken cancellationToken)
    {
        var response = await _client.RunAsync(
            CypherCatalog.Get(CypherFiles.ReadRunCurrent),
            new Dictionary<string, object?> { ["runId"] = runId },
            cancellationToken);
        var values = response.Data?.Values;
        return values is { Count: > 0 } && values[0].Count > 0 && values[0][0].ValueKind == System.Text.Json.JsonValueKind.True;
    }

    /// <summary>Writes one group in one transaction; returns how many times it was replayed.</summary>
    private Task<int> WriteAsync(IReadOnlyList<CypherBatch> group, CancellationToken cancellationToken) =>
        _client.RetryAsync(
            async (attempt, ct) =>
            {
                await using var transaction = await _client.BeginTransactionAsync(ct);
                foreach (var batch in group)
                {
                    await transaction.RunAsync(batch.Statement, batch.Parameters, ct);
                }

                await transaction.CommitAsync(ct);
                return attempt;
            },
            cancellationToken);

    private static int Count(List<CypherBatch> group, SortedDictionary<string, long> rowsByFile)
    {
        foreach (var batch in group)
        {
            rowsByFile[batch.File] = rowsByFile.GetValueOrDefault(batch.File) + batch.Rows;
        }

        return group.Count;
    }
}
