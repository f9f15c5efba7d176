using System.Text.Json;
using System.Text.Json.Serialization;
using LinkGraph.Core.Errors;
using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>
/// Reads <c>truth.json</c> (format <c>linkgraph-truth/1</c>). Only the <c>accounts</c> array is authoritative;
/// the summary sections are for people. Rejects the whole file on the first bad entry, naming it.
/// </summary>
public static class GroundTruthReader
{
    public static GroundTruth Read(Stream stream, string source = "truth file")
    {
        var document = JsonInput.Deserialize<TruthDocument>(stream, source);
        if (document?.Accounts is null)
        {
            throw JsonInput.Invalid(source, "has no \"accounts\" array");
        }

        var labels = new Dictionary<string, AccountLabel>(document.Accounts.Count, StringComparer.Ordinal);
        for (var i = 0; i < document.Accounts.Count; i++)
        {
            var entry = document.Accounts[i];
            var where = $"accounts[{i}]";
            if (entry is null || string.IsNullOrEmpty(entry.Account))
            {
                throw JsonInput.Invalid(source, $"{where} has no \"account\" id");
            }

            var label = entry.Label switch
            {
                TruthLabels.Legit when !string.IsNullOrEmpty(entry.Category) => AccountLabel.LegitIn(entry.Category, entry.Group),
                TruthLabels.Legit => throw JsonInput.Invalid(source, $"{where} ({entry.Account}) is legit but has no \"category\""),
                TruthLabels.Fraud when !string.IsNullOrEmpty(entry.Campaign) && !string.IsNullOrEmpty(entry.Kind) => AccountLabel.FraudIn(entry.Kind, entry.Campaign),
                TruthLabels.Fraud => throw JsonInput.Invalid(source, $"{where} ({entry.Account}) is fraud but lacks \"campaign\" or \"kind\""),
                _ => throw JsonInput.Invalid(source, $"{where} ({entry.Account}) has label '{entry.Label}'; expected 'legit' or 'fraud'"),
            };
            if (!labels.TryAdd(entry.Account, label))
            {
                throw JsonInput.Invalid(source, $"{where}: account '{entry.Account}' is listed twice");
            }
        }

        return new GroundTruth(labels);
    }

    private sealed class TruthDocument
    {
        [JsonPropertyName("accounts")]
        public List<TruthEntry?>? Accounts { get; set; }
    }

    private sealed class TruthEntry
    {
        [JsonPropertyName("account")]
        public string? Account { get; set; }

        [JsonPropertyName("label")]
        public string? Label { get; set; }

        [JsonPropertyName("category")]
        public string? Category { get; set; }

        [JsonPropertyName("group")]
        public string? Group { get; set; }

        [JsonPropertyName("kind")]
        public string? Kind { get; set; }

        [JsonPropertyName("campaign")]
        public string? Campaign { get; set; }
    }
}
