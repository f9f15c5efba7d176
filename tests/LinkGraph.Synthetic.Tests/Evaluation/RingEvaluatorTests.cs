using LinkGraph.Synthetic.Evaluation;

namespace LinkGraph.Synthetic.Tests.Evaluation;

public class RingEvaluatorTests
{
    private static EvaluationReport HandMade() => RingEvaluator.Evaluate(
        RingsReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Rings)),
        GroundTruthReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Truth)));

    [Fact]
    public void Evaluate_HandMadeRings_KnownPrecisionRecallF1()
    {
        var report = HandMade();

        Assert.Equal(4, report.Rings);
        Assert.Equal(3, report.FlaggedRings);
        Assert.Equal(15, report.TruthAccounts);
        Assert.Equal(6, report.FraudAccounts);
        Assert.Equal(4, report.TruePositives);
        Assert.Equal(2, report.FalsePositives);
        Assert.Equal(2, report.FalseNegatives);
        Assert.Equal(1, report.UnknownFlagged);
        Assert.Equal(4.0 / 6, report.Precision, 12);
        Assert.Equal(4.0 / 6, report.Recall, 12);
        Assert.Equal(4.0 / 6, report.F1, 12);
    }

    [Fact]
    public void Evaluate_HandMadeRings_FalsePositivesByCategoryCountAccountsAndGroups()
    {
        var byCategory = HandMade().FalsePositivesByCategory.ToDictionary(c => c.Category);

        Assert.Equal(["single", "household", "company"], HandMade().FalsePositivesByCategory.Select(c => c.Category));
        Assert.Equal(new CategoryFalsePositives("household", 4, 1, 2, 1), byCategory["household"]);
        Assert.Equal(new CategoryFalsePositives("single", 2, 1, 2, 1), byCategory["single"]);
        Assert.Equal(new CategoryFalsePositives("company", 3, 0, 1, 0), byCategory["company"]);
    }

    [Fact]
    public void Evaluate_HandMadeRings_RecallPerCampaignAndKind()
    {
        var report = HandMade();

        Assert.Equal(
            [new CampaignRecall("hydra-0", "hydra", 4, 3, 0.75, 1), new CampaignRecall("card_ring-0", "card_ring", 2, 1, 0.5, 1)],
            report.Campaigns);
        Assert.Equal([new KindRecall("hydra", 1, 4, 3, 0.75), new KindRecall("card_ring", 1, 2, 1, 0.5)], report.Kinds);
    }

    [Fact]
    public void Evaluate_HandMadeRings_PurityIsDominantShareOfLabelledFlaggedAccounts()
    {
        var report = HandMade();

        Assert.Equal(4.0 / 6, report.Purity, 12);
        Assert.Equal(0, report.PureRings);
    }

    [Fact]
    public void Evaluate_FlaggedCrowdOfUnrelatedLegitAccounts_LowPurity()
    {
        var truth = GroundTruthReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Truth));

        var report = RingEvaluator.Evaluate([new EvaluatedRing("crowd", 0.9, true, ["s1", "s2", "h4", "c1", "c2"])], truth);

        Assert.Equal(2.0 / 5, report.Purity, 12);
        Assert.Equal(5, report.FalsePositives);
    }

    [Fact]
    public void Evaluate_NothingFlagged_ZeroPrecisionAndRecallWithoutDividingByZero()
    {
        var truth = GroundTruthReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Truth));

        var report = RingEvaluator.Evaluate([new EvaluatedRing("R", 0.1, false, ["f1", "f2"])], truth);

        Assert.Equal(0, report.Precision);
        Assert.Equal(0, report.Recall);
        Assert.Equal(0, report.F1);
        Assert.Equal(0, report.Purity);
        Assert.Equal(6, report.FalseNegatives);
    }

    [Fact]
    public void Evaluate_AccountListedInTwoFlaggedRings_CountedOnce()
    {
        var truth = GroundTruthReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Truth));

        var report = RingEvaluator.Evaluate(
            [new EvaluatedRing("A", 0.9, true, ["f1", "f2"]), new EvaluatedRing("B", 0.9, true, ["f2", "f3"])], truth);

        Assert.Equal(3, report.TruePositives);
        Assert.Equal(1.0, report.Purity);
        Assert.Equal(2, report.PureRings);
        Assert.Equal(2, report.Campaigns[0].Rings);
    }

    [Fact]
    public void WriteText_HandMadeReport_ShowsHeadlineAndTables()
    {
        using var output = new StringWriter();

        EvaluationReportWriter.WriteText(HandMade(), output);

        var text = output.ToString();
        Assert.Contains("precision 0.6667   recall 0.6667   F1 0.6667", text, StringComparison.Ordinal);
        Assert.Contains("ring purity 0.6667", text, StringComparison.Ordinal);
        Assert.Matches(@"household\s+4\s+1\s+2\s+1", text);
        Assert.Matches(@"hydra-0\s+hydra\s+4\s+3\s+0\.7500\s+1", text);
    }

    [Fact]
    public void WriteJson_HandMadeReport_SnakeCaseFields()
    {
        using var output = new StringWriter();

        EvaluationReportWriter.WriteJson(HandMade(), output);

        using var document = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(4, document.RootElement.GetProperty("true_positives").GetInt32());
        Assert.Equal("household", document.RootElement.GetProperty("false_positives_by_category")[1].GetProperty("category").GetString());
        Assert.Equal(0.75, document.RootElement.GetProperty("campaigns")[0].GetProperty("recall").GetDouble());
    }
}
