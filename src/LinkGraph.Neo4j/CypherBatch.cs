namespace LinkGraph.Neo4j;

/// <summary>One request of a sync: a statement of <c>cypher/</c> (by file name) and its parameters.</summary>
/// <param name="Rows">How many rows <c>$rows</c> carries (0 for statements without rows).</param>
public sealed record CypherBatch(string File, IReadOnlyDictionary<string, object?> Parameters, int Rows)
{
    public string Statement => CypherCatalog.Get(File);
}
