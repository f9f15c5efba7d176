namespace LinkGraph.Synthetic;

/// <summary>
/// Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s: popularity in the real world (device builds, card
/// issuers, mail providers, short prompts) is Zipf-like, a few values shared by very many accounts.
/// </summary>
public sealed class ZipfTable
{
    private readonly double[] _cumulative;

    public ZipfTable(int n, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        _cumulative = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }

        for (var i = 0; i < n; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Count => _cumulative.Length;

    public int Sample(SyntheticRandom random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
