using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>Body of a Query API v2 response (plain JSON, https://neo4j.com/docs/query-api/current/plain-json).</summary>
public sealed record QueryResponse(
    [property: JsonPropertyName("data")] QueryData? Data,
    [property: JsonPropertyName("counters")] QueryCounters? Counters,
    [property: JsonPropertyName("bookmarks")] IReadOnlyList<string>? Bookmarks,
    [property: JsonPropertyName("errors")] IReadOnlyList<QueryError>? Errors,
    [property: JsonPropertyName("transaction")] TransactionInfo? Transaction);
