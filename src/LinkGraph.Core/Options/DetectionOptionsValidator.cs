using LinkGraph.Core.Errors;

namespace LinkGraph.Core.Options;

/// <summary>Checks every <see cref="DetectionOptions"/> value and reports all failures at once.</summary>
public static class DetectionOptionsValidator
{
    public static IReadOnlyList<string> Validate(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Range(errors, nameof(options.FlagThreshold), options.FlagThreshold, 0, 1);
        Range(errors, nameof(options.TemplateJaccard), options.TemplateJaccard, 0.05, 1);
        Range(errors, nameof(options.Resolution), options.Resolution, 1e-6, 1e6);
        Range(errors, nameof(options.StrongLinkThreshold), options.StrongLinkThreshold, 1e-9, 1e6);
        Range(errors, nameof(options.CliqueMaxAccounts), options.CliqueMaxAccounts, 2, 1000);
        Range(errors, nameof(options.LeidenMinComponent), options.LeidenMinComponent, 2, int.MaxValue);
        Range(errors, nameof(options.TemporalNeighbours), options.TemporalNeighbours, 1, 100);
        Range(errors, nameof(options.StrongLinksPerAccount), options.StrongLinksPerAccount, 0, 1000);
        Range(errors, nameof(options.EvidencePerRing), options.EvidencePerRing, 1, 1000);
        Range(errors, nameof(options.LockstepWindow), options.LockstepWindow.TotalSeconds, 1, 365 * 86400.0);
        Range(errors, nameof(options.SynchronyWindow), options.SynchronyWindow.TotalSeconds, 1, 365 * 86400.0);
        Range(errors, nameof(options.WaveBucket), options.WaveBucket.TotalSeconds, 0, 86400.0);
        if (!Enum.IsDefined(options.Clustering))
        {
            errors.Add($"Clustering must be Leiden or Components, but is {(int)options.Clustering}.");
        }

        return errors;
    }

    public static void ThrowIfInvalid(DetectionOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new LinkGraphException("invalid_options", "Invalid detection options: " + string.Join(" ", errors));
        }
    }

    private static void Range(List<string> errors, string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add($"{name} must be within {min}..{max}, but is {value}.");
        }
    }
}
