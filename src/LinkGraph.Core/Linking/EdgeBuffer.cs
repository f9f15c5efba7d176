namespace LinkGraph.Core.Linking;

/// <summary>
/// Pair contributions of one key range, reduced by sorting: packed (a, b) keys, summed weights, OR-ed kind bits
/// and the IP-prefix part of the weight kept apart (it is dropped for pairs that also share an address).
/// 16 bytes per buffered pair; the buffer compacts itself before it grows.
/// </summary>
internal sealed class EdgeBuffer
{
    private long[] _keys = new long[1 << 12];
    private EdgeValue[] _values = new EdgeValue[1 << 12];

    public int Count { get; private set; }

    public void Add(long key, float weight, byte kinds, float prefixWeight)
    {
        if (Count == _keys.Length)
        {
            // Compact before growing: repeated pairs (a pair sharing many identifiers) collapse in place. Grow by
            // half only when compaction freed little, so the buffer stays near the number of distinct pairs.
            Reduce();
            if (Count > _keys.Length / 2)
            {
                var size = (int)Math.Min(Array.MaxLength, _keys.Length + (long)(_keys.Length / 2));
                Array.Resize(ref _keys, size);
                Array.Resize(ref _values, size);
            }
        }

        _keys[Count] = key;
        _values[Count] = new EdgeValue(weight, (Half)prefixWeight, kinds);
        Count++;
    }

    /// <summary>Sorts and sums repeated keys; afterwards keys are distinct and ascending.</summary>
    public void Reduce()
    {
        if (Count == 0)
        {
            return;
        }

        Array.Sort(_keys, _values, 0, Count);
        var w = 0;
        for (var r = 1; r < Count; r++)
        {
            if (_keys[r] == _keys[w])
            {
                var x = _values[w];
                var y = _values[r];
                _values[w] = new EdgeValue(x.Weight + y.Weight, x.PrefixWeight + y.PrefixWeight, (byte)(x.Kinds | y.Kinds));
            }
            else
            {
                w++;
                _keys[w] = _keys[r];
                _values[w] = _values[r];
            }
        }

        Count = w + 1;
    }

    /// <summary>The reduced pairs (call <see cref="Reduce"/> first); valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<long> Keys => _keys.AsSpan(0, Count);

    public ReadOnlySpan<EdgeValue> Values => _values.AsSpan(0, Count);

    /// <summary>Frees the buffer.</summary>
    public void Release()
    {
        _keys = [];
        _values = [];
        Count = 0;
    }

    /// <summary>A pair's summed weight, the IP-prefix part of it (half precision is plenty: a few bits), and its kind bits.</summary>
    public readonly record struct EdgeValue(float Weight, Half PrefixWeight, byte Kinds);
}
