namespace LinkGraph.Core.Rings;

/// <summary>
/// Binomial tail probabilities for a-contrario tests ("is this many out of n more than chance at rate p?",
/// Desolneux, Moisan &amp; Morel, From Gestalt Theory to Image Analysis, 2008, ch. 4).
/// </summary>
internal static class BinomialTail
{
    /// <summary>log10 P(X ≥ k) for X ~ Binomial(n, p); 0 when k ≤ 0, −∞ when the event is impossible.</summary>
    public static double Log10(int k, int n, double p)
    {
        if (k <= 0)
        {
            return 0;
        }

        if (k > n || p <= 0)
        {
            return double.NegativeInfinity;
        }

        if (p >= 1)
        {
            return 0;
        }

        // Below the mean the tail is most of the mass: P(X ≥ k) ≥ 1/2 roughly; report it as certain.
        if (k <= n * p)
        {
            return 0;
        }

        // ln of the first term C(n,k) p^k (1-p)^(n-k), then the ratio series term(i+1)/term(i) = (n-i)/(i+1) · p/(1-p).
        var logTerm = LogChoose(n, k) + (k * Math.Log(p)) + ((n - k) * double.LogP1(-p));
        double sum = 1, ratio = 1;
        var odds = p / (1 - p);
        for (var i = k; i < n; i++)
        {
            ratio *= (n - i) / (double)(i + 1) * odds;
            sum += ratio;
            if (ratio < 1e-12 * sum)
            {
                break;
            }
        }

        return Math.Min(0, (logTerm + Math.Log(sum)) / Math.Log(10));
    }

    /// <summary>ln C(n, k) through log-gamma sums (exact enough for the test statistics here).</summary>
    public static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        if (n < 2)
        {
            return 0;
        }

        if (n < SmallFactorials.Length)
        {
            return SmallFactorials[n];
        }

        // Stirling's series with two correction terms: error below 1e-10 for n ≥ 256.
        double x = n;
        return (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x)) - (1 / (360 * x * x * x));
    }

    private static readonly double[] SmallFactorials = BuildSmallFactorials(256);

    private static double[] BuildSmallFactorials(int count)
    {
        var table = new double[count];
        for (var i = 2; i < count; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
