using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Writes a quality run: one line per seed and a total, as text or JSON (snake_case).</summary>
public static class QualityReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>A seed's line: precision, recall, F1, recall per fraud kind, false-positive share per honest category.</summary>
    public static string SeedLine(QualitySeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var r = seed.Report;
        return string.Create(CultureInfo.InvariantCulture, $"seed {seed.Seed} ({seed.Grammar}): ")
            + Figures(r.Precision, r.Recall, r.F1, r.Kinds, r.FalsePositivesByCategory);
    }

    public static string TotalLine(QualityTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return string.Create(CultureInfo.InvariantCulture, $"total ({totals.Seeds} seeds): ")
            + Figures(totals.Precision, totals.Recall, totals.F1, totals.Kinds, totals.FalsePositivesByCategory)
            + string.Create(CultureInfo.InvariantCulture, $" | per-seed mean precision {totals.MeanPrecision:F3} recall {totals.MeanRecall:F3}, min recall {totals.MinRecall:F3}");
    }

    public static void WriteJson(string family, string scenario, IReadOnlyList<QualitySeed> seeds, QualityTotals totals, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var document = new
        {
            Family = family,
            Scenario = scenario,
            Seeds = seeds.Select(s => new
            {
                s.Seed,
                s.Grammar,
                s.Accounts,
                s.Events,
                s.Seconds,
                s.Report.Precision,
                s.Report.Recall,
                s.Report.F1,
                RecallByKind = s.Report.Kinds.ToDictionary(k => k.Kind, k => k.Recall, StringComparer.Ordinal),
                FalsePositiveShareByCategory = Shares(s.Report.FalsePositivesByCategory),
            }),
            Total = new
            {
                totals.Seeds,
                totals.TruePositives,
                totals.FalsePositives,
                totals.FalseNegatives,
                totals.Precision,
                totals.Recall,
                totals.F1,
                totals.MeanPrecision,
                totals.MeanRecall,
                totals.MinRecall,
                RecallByKind = totals.Kinds.ToDictionary(k => k.Kind, k => k.Recall, StringComparer.Ordinal),
                FalsePositiveShareByCategory = Shares(totals.FalsePositivesByCategory),
            },
        };
        writer.Write(JsonSerializer.Serialize(document, Json));
        writer.Write('\n');
    }

    private static Dictionary<string, double> Shares(IEnumerable<CategoryFalsePositives> categories) =>
        categories.ToDictionary(c => c.Category, c => c.Accounts == 0 ? 0 : c.FlaggedAccounts / (double)c.Accounts, StringComparer.Ordinal);

    private static string Figures(double precision, double recall, double f1, IEnumerable<KindRecall> kinds, IEnumerable<CategoryFalsePositives> categories)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"precision {precision:F3} recall {recall:F3} F1 {f1:F3} | recall");
        foreach (var k in kinds.OrderBy(k => k.Kind, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $" {k.Kind} {k.Recall:F3}");
        }

        text.Append(" | fp share");
        foreach (var c in categories.OrderBy(c => c.Category, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $" {c.Category} {(c.Accounts == 0 ? 0 : c.FlaggedAccounts / (double)c.Accounts):F4}");
        }

        return text.ToString();
    }
}
