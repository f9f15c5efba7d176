using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Tests.Rings;

public sealed class ScoreModelTests
{
    [Fact]
    public void Fit_LogisticData_RecoversWeightsAndIsCalibrated()
    {
        // Rings drawn from a known logistic law: z = −2 + 3·x. A fit on enough of them recovers the law, and in
        // every band of predicted score the share of positives matches the score (calibration).
        var random = new Random(5);
        var examples = new List<ScoreModelTrainer.Example>();
        for (var i = 0; i < 20_000; i++)
        {
            var x = random.NextDouble() * 2;
            var positive = random.NextDouble() < ScoreModel.Probability(-2 + (3 * x));
            examples.Add(new(new Dictionary<string, double> { ["x"] = x }, positive, 1));
        }

        var model = ScoreModelTrainer.Fit(["x"], examples, l2: 0.01, trainedOn: "test");

        Assert.Equal(-2, model.Intercept, 0.15);
        Assert.Equal(3, model.Weights["x"], 0.15);
        foreach (var (lo, hi) in new[] { (0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 1.0) })
        {
            var band = examples.Where(e => ScoreModel.Probability(model.Logit(e.Features)) is var p && p >= lo && p < hi).ToList();
            var predicted = band.Average(e => ScoreModel.Probability(model.Logit(e.Features)));
            var observed = band.Count(e => e.Positive) / (double)band.Count;
            Assert.True(Math.Abs(predicted - observed) < 0.03, $"band {lo}-{hi}: predicted {predicted:0.000}, observed {observed:0.000}");
        }
    }

    [Fact]
    public void Fit_OneClassOnly_Throws()
    {
        var examples = new List<ScoreModelTrainer.Example> { new(new Dictionary<string, double> { ["x"] = 1 }, true, 1) };

        Assert.Throws<ArgumentException>(() => ScoreModelTrainer.Fit(["x"], examples, 1, "test"));
    }

    [Fact]
    public void Default_ShippedModel_WeighsEveryModelFeatureAndRoundTrips()
    {
        var model = ScoreModel.Default;

        Assert.Equal(ScoreModel.FeatureNames.Order(), model.Weights.Keys.Order());
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var read = ScoreModel.Read(stream);
        Assert.Equal(model.Intercept, read.Intercept);
        Assert.Equal(model.Weights, read.Weights);
    }

    [Fact]
    public void Read_NonFiniteWeight_IsRejected()
    {
        using var stream = new MemoryStream("""{"format":"linkgraph-score-model/1","intercept":0,"weights":{"x":"NaN"}}"""u8.ToArray());

        Assert.ThrowsAny<Exception>(() => ScoreModel.Read(stream));
    }
}
