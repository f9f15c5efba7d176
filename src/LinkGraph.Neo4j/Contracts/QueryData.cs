using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>Result rows in plain JSON: <see cref="Values"/> holds one array per row, aligned with <see cref="Fields"/>.</summary>
public sealed record QueryData(
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("values")] IReadOnlyList<IReadOnlyList<JsonElement>> Values);
