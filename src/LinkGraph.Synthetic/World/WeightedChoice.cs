namespace LinkGraph.Synthetic.World;

/// <summary>Draws an index with Zipf-like weights (rank r has weight 1 / r^<c>exponent</c>).</summary>
public sealed class WeightedChoice
{
    private readonly double[] _cumulative;

    public WeightedChoice(int count, double exponent)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
