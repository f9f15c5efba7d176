namespace LinkGraph.Neo4j;

/// <summary>What a sync did.</summary>
/// <param name="Skipped">True when the graph already held this run as its current, fully synced run.</param>
/// <param name="RowsByFile">Rows sent per <c>cypher/</c> file.</param>
/// <param name="Retries">Transactions replayed after a transient failure.</param>
public sealed record Neo4jSyncResult(
    string RunId,
    bool Skipped,
    int Transactions,
    int Batches,
    IReadOnlyDictionary<string, long> RowsByFile,
    int Retries);
