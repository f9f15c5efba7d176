using System.Text.Json.Serialization;

namespace LinkGraph.Core.Rings;

/// <summary>The <c>run</c> object of a rings document (CONTRACT §2).</summary>
public sealed record RunSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("finished_at")] DateTimeOffset FinishedAt,
    [property: JsonPropertyName("accounts")] int Accounts,
    [property: JsonPropertyName("links")] long Links);
