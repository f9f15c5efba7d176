using System.Text.Json.Serialization;

namespace LinkGraph.Core.Rings;

/// <summary>
/// One shared identifier behind a ring (CONTRACT §2). For prompts <see cref="Value"/> is a template id,
/// never text, and <see cref="Examples"/> counts the prompts that matched it.
/// </summary>
public sealed record RingEvidence(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("accounts")] int Accounts,
    [property: JsonPropertyName("examples"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Examples = null);
