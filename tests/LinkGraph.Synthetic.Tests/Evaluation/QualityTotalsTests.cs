using LinkGraph.Synthetic.Evaluation;

namespace LinkGraph.Synthetic.Tests.Evaluation;

public sealed class QualityTotalsTests
{
    [Fact]
    public void Sum_TwoSeeds_CountsAddedNotRatesAveraged()
    {
        var small = Report(tp: 1, fp: 1, fn: 0, kindAccounts: 1, kindCaught: 1, categoryAccounts: 10, categoryFlagged: 1);
        var large = Report(tp: 9, fp: 0, fn: 9, kindAccounts: 18, kindCaught: 9, categoryAccounts: 90, categoryFlagged: 0);

        var totals = QualityTotals.Sum([small, large]);

        Assert.Equal(10 / 11.0, totals.Precision, 12);
        Assert.Equal(10 / 19.0, totals.Recall, 12);
        Assert.Equal((0.5 + 1) / 2, totals.MeanPrecision, 12);
        Assert.Equal(0.5, totals.MinRecall, 12);
        var kind = Assert.Single(totals.Kinds);
        Assert.Equal(10 / 19.0, kind.Recall, 12);
        Assert.Equal(2, kind.Campaigns);
        var category = Assert.Single(totals.FalsePositivesByCategory);
        Assert.Equal(100, category.Accounts);
        Assert.Equal(1, category.FlaggedAccounts);
    }

    [Fact]
    public void SeedLine_ReportsEveryKindAndCategory()
    {
        var line = QualityReportWriter.SeedLine(new QualitySeed(7, "a", 10, 100, 1, Report(1, 0, 1, 2, 1, 5, 0)));

        Assert.StartsWith("seed 7 (a): precision 1.000 recall 0.500", line, StringComparison.Ordinal);
        Assert.Contains("proxy_pool 0.500", line, StringComparison.Ordinal);
        Assert.Contains("household 0.0000", line, StringComparison.Ordinal);
    }

    private static EvaluationReport Report(int tp, int fp, int fn, int kindAccounts, int kindCaught, int categoryAccounts, int categoryFlagged) => new()
    {
        Rings = 1,
        FlaggedRings = 1,
        TruthAccounts = categoryAccounts + kindAccounts,
        FraudAccounts = kindAccounts,
        TruePositives = tp,
        FalsePositives = fp,
        FalseNegatives = fn,
        UnknownFlagged = 0,
        Precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp),
        Recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn),
        F1 = 0,
        Purity = 1,
        PureRings = 1,
        FalsePositivesByCategory = [new CategoryFalsePositives("household", categoryAccounts, categoryFlagged, 1, categoryFlagged > 0 ? 1 : 0)],
        Campaigns = [],
        Kinds = [new KindRecall("proxy_pool", 1, kindAccounts, kindCaught, kindCaught / (double)kindAccounts)],
    };
}
