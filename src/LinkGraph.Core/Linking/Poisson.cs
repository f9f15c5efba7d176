namespace LinkGraph.Core.Linking;

/// <summary>Poisson tail probabilities, for "more than chance would put here" tests.</summary>
internal static class Poisson
{
    /// <summary>ln P(X ≥ k) for X ~ Poisson(λ): the first tail term times the tail series, in log space (exact; converges fast for k above λ).</summary>
    public static double LogTail(int k, double lambda)
    {
        if (lambda <= 0)
        {
            return double.NegativeInfinity;
        }

        // ln of the first tail term e^−λ λ^k / k!, then the tail sum Σ λ^i / ((k+1)…(k+i)) until it stops growing.
        var logTerm = -lambda + (k * Math.Log(lambda));
        for (var i = 2; i <= k; i++)
        {
            logTerm -= Math.Log(i);
        }

        double sum = 1, ratio = 1;
        for (var i = 1; i < 1000; i++)
        {
            ratio *= lambda / (k + i);
            sum += ratio;
            if (ratio < 1e-12 * sum)
            {
                break;
            }
        }

        return Math.Min(0, logTerm + Math.Log(sum));
    }
}
