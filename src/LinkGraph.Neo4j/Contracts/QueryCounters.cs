using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>Update counters, returned when a request sets <c>includeCounters</c>.</summary>
public sealed record QueryCounters(
    [property: JsonPropertyName("containsUpdates")] bool ContainsUpdates,
    [property: JsonPropertyName("nodesCreated")] long NodesCreated,
    [property: JsonPropertyName("nodesDeleted")] long NodesDeleted,
    [property: JsonPropertyName("propertiesSet")] long PropertiesSet,
    [property: JsonPropertyName("relationshipsCreated")] long RelationshipsCreated,
    [property: JsonPropertyName("relationshipsDeleted")] long RelationshipsDeleted,
    [property: JsonPropertyName("labelsAdded")] long LabelsAdded,
    [property: JsonPropertyName("labelsRemoved")] long LabelsRemoved);
