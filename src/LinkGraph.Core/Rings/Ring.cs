using System.Text.Json.Serialization;

namespace LinkGraph.Core.Rings;

/// <summary>
/// A scored community of accounts (CONTRACT §2). <see cref="Features"/> is an optional extension:
/// the named numbers the score was computed from, so the score can be explained and reproduced.
/// </summary>
public sealed record Ring(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("flagged")] bool Flagged,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("accounts")] IReadOnlyList<string> Accounts,
    [property: JsonPropertyName("signals")] IReadOnlyDictionary<string, int> Signals,
    [property: JsonPropertyName("evidence")] IReadOnlyList<RingEvidence> Evidence,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons,
    [property: JsonPropertyName("features"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? Features = null);
