using System.Text.Json.Serialization;

namespace LinkGraph.Core.Rings;

/// <summary>The rings output document (CONTRACT §2): rings by descending score, each account in at most one ring.</summary>
public sealed record RingsDocument(
    [property: JsonPropertyName("run")] RunSummary Run,
    [property: JsonPropertyName("rings")] IReadOnlyList<Ring> Rings);
