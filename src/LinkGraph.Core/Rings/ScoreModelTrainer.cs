namespace LinkGraph.Core.Rings;

/// <summary>
/// Fits <see cref="ScoreModel"/> by L2-regularised, weighted logistic regression with Newton's method
/// (iteratively reweighted least squares; Hastie, Tibshirani &amp; Friedman, The Elements of Statistical
/// Learning, 2nd ed., §4.4.1). Pure: rows in, model out.
/// </summary>
public static class ScoreModelTrainer
{
    /// <summary>One labelled ring: its features, whether it is a ring of abuse, and how much it counts.</summary>
    public readonly record struct Example(IReadOnlyDictionary<string, double> Features, bool Positive, double Weight);

    public static ScoreModel Fit(IReadOnlyList<string> featureNames, IReadOnlyList<Example> examples, double l2, string trainedOn, int iterations = 50)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("No labelled rings to fit the score model on.", nameof(examples));
        }

        if (!examples.Any(e => e.Positive) || examples.All(e => e.Positive))
        {
            throw new ArgumentException("The score model needs both positive and negative rings to fit.", nameof(examples));
        }

        var k = featureNames.Count + 1;
        var x = new double[examples.Count][];
        for (var i = 0; i < examples.Count; i++)
        {
            x[i] = new double[k];
            x[i][0] = 1;
            for (var j = 1; j < k; j++)
            {
                x[i][j] = examples[i].Features.GetValueOrDefault(featureNames[j - 1]);
            }
        }

        var beta = new double[k];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            for (var i = 0; i < examples.Count; i++)
            {
                var z = 0.0;
                for (var j = 0; j < k; j++)
                {
                    z += beta[j] * x[i][j];
                }

                var p = ScoreModel.Probability(z);
                var w = examples[i].Weight;
                var residual = (examples[i].Positive ? 1 : 0) - p;
                var curvature = w * Math.Max(p * (1 - p), 1e-9);
                for (var a = 0; a < k; a++)
                {
                    gradient[a] += w * residual * x[i][a];
                    for (var b = 0; b < k; b++)
                    {
                        hessian[a, b] += curvature * x[i][a] * x[i][b];
                    }
                }
            }

            // The intercept is not penalised.
            for (var a = 1; a < k; a++)
            {
                gradient[a] -= l2 * beta[a];
                hessian[a, a] += l2;
            }

            var step = Solve(hessian, gradient);
            var largest = 0.0;
            for (var a = 0; a < k; a++)
            {
                beta[a] += step[a];
                largest = Math.Max(largest, Math.Abs(step[a]));
            }

            if (largest < 1e-8)
            {
                break;
            }
        }

        var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var j = 1; j < k; j++)
        {
            weights[featureNames[j - 1]] = Math.Round(beta[j], 6);
        }

        return new ScoreModel { Intercept = Math.Round(beta[0], 6), Weights = weights, TrainedOn = trainedOn };
    }

    /// <summary>
    /// Platt scaling (Platt 1999) of a fitted model on <paramref name="examples"/> weighted as they occur: a model fitted
    /// with re-balanced weights ranks well but its probabilities follow the re-balanced mix; one more logistic fit of
    /// the labels on its logit, z' = a·z + b, folded into the weights, makes the score read as a probability again.
    /// </summary>
    public static ScoreModel Recalibrate(ScoreModel model, IReadOnlyList<Example> examples, string trainedOn)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var logits = examples
            .Select(e => new Example(new Dictionary<string, double>(StringComparer.Ordinal) { ["z"] = model.Logit(e.Features) }, e.Positive, e.Weight))
            .ToList();
        var platt = Fit(["z"], logits, l2: 0, trainedOn);
        var scale = platt.Weights["z"];
        var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, weight) in model.Weights)
        {
            weights[name] = Math.Round(weight * scale, 6);
        }

        return new ScoreModel { Intercept = Math.Round((model.Intercept * scale) + platt.Intercept, 6), Weights = weights, TrainedOn = trainedOn };
    }

    /// <summary>Solves A·s = b by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(m[pivot, col]) < 1e-12)
            {
                continue;
            }

            if (pivot != col)
            {
                for (var j = 0; j < n; j++)
                {
                    (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var f = m[row, col] / m[col, col];
                for (var j = col; j < n; j++)
                {
                    m[row, j] -= f * m[col, j];
                }

                v[row] -= f * v[col];
            }
        }

        var s = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            if (Math.Abs(m[row, row]) < 1e-12)
            {
                s[row] = 0;
                continue;
            }

            var sum = v[row];
            for (var j = row + 1; j < n; j++)
            {
                sum -= m[row, j] * s[j];
            }

            s[row] = sum / m[row, row];
        }

        return s;
    }
}
