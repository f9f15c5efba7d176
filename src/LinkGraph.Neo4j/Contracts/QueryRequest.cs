using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>Body of a Query API v2 request: one statement and its parameters (Neo4j source, QueryTxRequest).</summary>
public sealed record QueryRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Parameters,
    [property: JsonPropertyName("includeCounters")] bool IncludeCounters = true);
