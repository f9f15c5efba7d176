namespace LinkGraph.Synthetic.Evaluation;

/// <summary>
/// Evaluation reports of several seeds added up at the account level: precision and recall from the summed
/// counts (each account weighs the same whatever its seed), recall per fraud kind and false-positive share per
/// honest category likewise; the per-seed means are kept beside them to show the spread.
/// </summary>
public sealed record QualityTotals
{
    public required int Seeds { get; init; }

    public required int TruePositives { get; init; }

    public required int FalsePositives { get; init; }

    public required int FalseNegatives { get; init; }

    public required double Precision { get; init; }

    public required double Recall { get; init; }

    public required double F1 { get; init; }

    public required double MeanPrecision { get; init; }

    public required double MeanRecall { get; init; }

    public required double MinRecall { get; init; }

    public required IReadOnlyList<KindRecall> Kinds { get; init; }

    public required IReadOnlyList<CategoryFalsePositives> FalsePositivesByCategory { get; init; }

    public static QualityTotals Sum(IReadOnlyList<EvaluationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var tp = reports.Sum(r => r.TruePositives);
        var fp = reports.Sum(r => r.FalsePositives);
        var fn = reports.Sum(r => r.FalseNegatives);
        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        var kinds = reports.SelectMany(r => r.Kinds).GroupBy(k => k.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var accounts = g.Sum(k => k.Accounts);
                var caught = g.Sum(k => k.Caught);
                return new KindRecall(g.Key, g.Sum(k => k.Campaigns), accounts, caught, accounts == 0 ? 0 : caught / (double)accounts);
            }).ToList();
        var categories = reports.SelectMany(r => r.FalsePositivesByCategory).GroupBy(c => c.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryFalsePositives(g.Key, g.Sum(c => c.Accounts), g.Sum(c => c.FlaggedAccounts), g.Sum(c => c.Groups), g.Sum(c => c.FlaggedGroups)))
            .ToList();
        return new QualityTotals
        {
            Seeds = reports.Count,
            TruePositives = tp,
            FalsePositives = fp,
            FalseNegatives = fn,
            Precision = precision,
            Recall = recall,
            F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            MeanPrecision = reports.Count == 0 ? 0 : reports.Average(r => r.Precision),
            MeanRecall = reports.Count == 0 ? 0 : reports.Average(r => r.Recall),
            MinRecall = reports.Count == 0 ? 0 : reports.Min(r => r.Recall),
            Kinds = kinds,
            FalsePositivesByCategory = categories,
        };
    }
}
