using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>One entry of a Query API <c>errors</c> array.</summary>
public sealed record QueryError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message);
