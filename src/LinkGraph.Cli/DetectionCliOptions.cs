using System.CommandLine;
using LinkGraph.Core.Options;

namespace LinkGraph.Cli;

/// <summary>The detection knobs shared by every command that runs detection; defaults come from <see cref="DetectionOptions"/>.</summary>
public sealed class DetectionCliOptions
{
    private readonly Option<double?> _threshold = new("--threshold") { Description = "Score at or above which a ring is flagged (0..1)." };
    private readonly Option<ClusteringMethod?> _clustering = new("--clustering") { Description = "Leiden (default) or Components (plain connected components of strong links)." };
    private readonly Option<double?> _resolution = new("--resolution") { Description = "Leiden resolution (higher = smaller rings)." };
    private readonly Option<int?> _seed = new("--seed") { Description = "Seed for Leiden (same seed and input = same rings)." };
    private readonly Option<double?> _templateSimilarity = new("--template-similarity") { Description = "Estimated Jaccard similarity (word 3-shingles) from which a prompt joins a template's leader (0..1)." };

    private DetectionCliOptions()
    {
    }

    public static DetectionCliOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_threshold);
        command.Options.Add(_clustering);
        command.Options.Add(_resolution);
        command.Options.Add(_seed);
        command.Options.Add(_templateSimilarity);
    }

    public DetectionOptions Read(ParseResult parseResult)
    {
        var options = new DetectionOptions();
        if (parseResult.GetValue(_threshold) is { } threshold)
        {
            options.FlagThreshold = threshold;
        }

        if (parseResult.GetValue(_clustering) is { } clustering)
        {
            options.Clustering = clustering;
        }

        if (parseResult.GetValue(_resolution) is { } resolution)
        {
            options.Resolution = resolution;
        }

        if (parseResult.GetValue(_seed) is { } seed)
        {
            options.Seed = seed;
        }

        if (parseResult.GetValue(_templateSimilarity) is { } similarity)
        {
            options.TemplateJaccard = similarity;
        }

        try
        {
            DetectionOptionsValidator.ThrowIfInvalid(options);
        }
        catch (LinkGraph.Core.Errors.LinkGraphException ex) when (ex.Code == "invalid_options")
        {
            throw new UsageException(ex.Message);
        }

        return options;
    }
}
