using System.Text.Json.Serialization;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Reads a CONTRACT §2 rings document, keeping what evaluation needs; rejects it whole if malformed.</summary>
public static class RingsReader
{
    public static IReadOnlyList<EvaluatedRing> Read(Stream stream, string source = "rings file")
    {
        var document = JsonInput.Deserialize<RingsDocumentInput>(stream, source);
        if (document?.Rings is null)
        {
            throw JsonInput.Invalid(source, "has no \"rings\" array");
        }

        var rings = new List<EvaluatedRing>(document.Rings.Count);
        for (var i = 0; i < document.Rings.Count; i++)
        {
            var ring = document.Rings[i];
            var where = $"rings[{i}]";
            if (ring is null)
            {
                throw JsonInput.Invalid(source, $"{where} is null");
            }

            if (ring.Flagged is null)
            {
                throw JsonInput.Invalid(source, $"{where} ({ring.Id ?? "no id"}) has no boolean \"flagged\"");
            }

            if (ring.Accounts is null || ring.Accounts.Any(string.IsNullOrEmpty))
            {
                throw JsonInput.Invalid(source, $"{where} ({ring.Id ?? "no id"}) needs an \"accounts\" array of account ids");
            }

            rings.Add(new EvaluatedRing(ring.Id ?? $"#{i}", ring.Score ?? 0, ring.Flagged.Value, ring.Accounts!));
        }

        return rings;
    }

    private sealed class RingsDocumentInput
    {
        [JsonPropertyName("rings")]
        public List<RingInput?>? Rings { get; set; }
    }

    private sealed class RingInput
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("score")]
        public double? Score { get; set; }

        [JsonPropertyName("flagged")]
        public bool? Flagged { get; set; }

        [JsonPropertyName("accounts")]
        public List<string>? Accounts { get; set; }
    }
}
