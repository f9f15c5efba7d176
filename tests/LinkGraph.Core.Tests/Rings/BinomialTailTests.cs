using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Tests.Rings;

public sealed class BinomialTailTests
{
    [Theory]
    // Exact values: P(X ≥ k) summed by hand from the binomial terms.
    [InlineData(3, 3, 0.5, 0.125)]
    [InlineData(2, 3, 0.5, 0.5)]
    [InlineData(5, 10, 0.1, 0.0016349374)]
    [InlineData(4, 4, 0.01, 1e-8)]
    [InlineData(10, 20, 0.2, 0.0025948274)]
    public void Log10_KnownTails(int k, int n, double p, double expected)
    {
        Assert.Equal(Math.Log10(expected), BinomialTail.Log10(k, n, p), 6);
    }

    [Fact]
    public void Log10_AgainstDirectSum_ForLargeN()
    {
        // n beyond the factorial table: Stirling's series against a direct sum in log space.
        const int N = 2000;
        const double P = 0.01;
        for (var k = 25; k <= 80; k += 11)
        {
            var direct = 0.0;
            for (var i = k; i <= N; i++)
            {
                direct += Math.Exp(LogChooseDirect(N, i) + (i * Math.Log(P)) + ((N - i) * Math.Log(1 - P)));
            }

            Assert.Equal(Math.Log10(direct), BinomialTail.Log10(k, N, P), 6);
        }
    }

    [Fact]
    public void Log10_EdgeCases()
    {
        Assert.Equal(0, BinomialTail.Log10(0, 5, 0.3));
        Assert.Equal(double.NegativeInfinity, BinomialTail.Log10(6, 5, 0.3));
        Assert.Equal(double.NegativeInfinity, BinomialTail.Log10(1, 5, 0));
        Assert.Equal(0, BinomialTail.Log10(1, 5, 1));
        Assert.Equal(0, BinomialTail.Log10(2, 10, 0.5), 9);
    }

    private static double LogChooseDirect(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }
}
