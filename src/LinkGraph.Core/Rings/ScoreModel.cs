using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinkGraph.Core.Rings;

/// <summary>
/// The ring score: a logistic model over named ring features, z = intercept + Σ weight · feature,
/// score = 1 / (1 + e^−z). The weights are estimated from labelled rings (<see cref="ScoreModelTrainer"/>), not
/// set by hand, so the score reads as the probability that a ring like this one is coordinated abuse. Every term
/// is a stored feature of the ring, so its score can be recomputed from the ring record alone.
/// </summary>
public sealed class ScoreModel
{
    private const string ResourceName = "LinkGraph.Core.Rings.ScoreModel.json";

    private static readonly Lazy<ScoreModel> Shipped = new(LoadShipped);

    [JsonPropertyName("format")]
    public string Format { get; init; } = "linkgraph-score-model/1";

    /// <summary>What the weights were estimated from (scenarios, seeds, rings), for people.</summary>
    [JsonPropertyName("trained_on")]
    public string TrainedOn { get; init; } = string.Empty;

    [JsonPropertyName("intercept")]
    public double Intercept { get; init; }

    /// <summary>Weight per feature name; features absent from a ring count as 0.</summary>
    [JsonPropertyName("weights")]
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The features the score model weighs (a ring record has more, which describe the ring for people). A declared
    /// organisation is not among them: anyone can declare one, and a fitted weight on it acted as a veto.
    /// </summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "log_size",
        "content_evidence",
        "ring_template_share",
        "sync_lift",
        "coactive_share",
        "creation_surprise",
        "payment_cover",
        "device_cover",
        "ip_cover",
        "private_device_share",
        "card_reuse_log2",
        "device_reuse_log2",
        "infra_surprise",
        "isolation",
        "prompting_share",
        "shared_machine",
        "infra_and_creation",
        "content_and_sync",
    ];

    /// <summary>The model shipped with this build (an embedded resource).</summary>
    public static ScoreModel Default => Shipped.Value;

    public double Logit(IReadOnlyDictionary<string, double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Intercept;
        foreach (var (name, weight) in Weights)
        {
            z += weight * features.GetValueOrDefault(name);
        }

        return z;
    }

    public static double Probability(double logit) => 1 / (1 + Math.Exp(-logit));

    public static ScoreModel Read(Stream stream)
    {
        var model = JsonSerializer.Deserialize<ScoreModel>(stream)
            ?? throw new InvalidDataException("The score model document is empty.");
        if (model.Format != "linkgraph-score-model/1")
        {
            throw new InvalidDataException($"The score model has format '{model.Format}'; expected 'linkgraph-score-model/1'.");
        }

        if (model.Weights.Any(w => !double.IsFinite(w.Value)) || !double.IsFinite(model.Intercept))
        {
            throw new InvalidDataException("The score model has a weight that is not a finite number.");
        }

        return model;
    }

    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static ScoreModel LoadShipped()
    {
        using var stream = typeof(ScoreModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from this build.");
        return Read(stream);
    }
}
