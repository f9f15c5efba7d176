namespace LinkGraph.Core.Linking;

/// <summary>Edge buffer and its reduction: sort packed (a, b) keys, sum weights, OR kind bits.</summary>
internal sealed partial class LinkBuilder
{
    private long[] _keys = new long[1 << 16];
    private EdgeValue[] _values = new EdgeValue[1 << 16];
    private int _count;

    private void Add(long key, float weight, byte kinds)
    {
        if (_count == _keys.Length)
        {
            // Compact before growing: repeated pairs (a pair sharing many identifiers) collapse in place.
            Reduce();
            if (_count > _keys.Length / 2)
            {
                var size = (int)Math.Min(Array.MaxLength, (long)_keys.Length * 2);
                Array.Resize(ref _keys, size);
                Array.Resize(ref _values, size);
            }
        }

        _keys[_count] = key;
        _values[_count] = new EdgeValue(weight, kinds);
        _count++;
    }

    private void Reduce()
    {
        if (_count == 0)
        {
            return;
        }

        Array.Sort(_keys, _values, 0, _count);
        var w = 0;
        for (var r = 1; r < _count; r++)
        {
            if (_keys[r] == _keys[w])
            {
                _values[w] = new EdgeValue(_values[w].Weight + _values[r].Weight, (byte)(_values[w].Kinds | _values[r].Kinds));
            }
            else
            {
                w++;
                _keys[w] = _keys[r];
                _values[w] = _values[r];
            }
        }

        _count = w + 1;
    }

    private LinkTable Aggregate()
    {
        Reduce();
        var keys = new long[_count];
        var weights = new float[_count];
        var kinds = new byte[_count];
        for (var i = 0; i < _count; i++)
        {
            keys[i] = _keys[i];
            weights[i] = _values[i].Weight;
            kinds[i] = _values[i].Kinds;
        }

        _keys = [];
        _values = [];
        return new LinkTable(keys, weights, kinds, _count);
    }

    private readonly record struct EdgeValue(float Weight, byte Kinds);
}
