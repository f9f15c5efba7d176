using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>Edge buffer and its reduction: sort packed (a, b) keys, sum weights, OR kind bits; prefix weight kept apart.</summary>
internal sealed partial class LinkBuilder
{
    private long[] _keys = new long[1 << 16];
    private EdgeValue[] _values = new EdgeValue[1 << 16];
    private int _count;

    private void Add(long key, float weight, byte kinds, float prefixWeight)
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
        _values[_count] = new EdgeValue(weight, kinds, prefixWeight);
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
                var x = _values[w];
                var y = _values[r];
                _values[w] = new EdgeValue(x.Weight + y.Weight, (byte)(x.Kinds | y.Kinds), x.PrefixWeight + y.PrefixWeight);
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
            // A shared network prefix is implied by a shared address: it counts only for pairs without one.
            var v = _values[i];
            var sharesIp = (v.Kinds & (1 << (int)IdentifierKind.Ip)) != 0;
            weights[i] = sharesIp ? v.Weight - v.PrefixWeight : v.Weight;
            kinds[i] = sharesIp ? (byte)(v.Kinds & ~(1 << (int)IdentifierKind.IpPrefix)) : v.Kinds;
        }

        _keys = [];
        _values = [];
        return new LinkTable(keys, weights, kinds, _count);
    }

    private readonly record struct EdgeValue(float Weight, byte Kinds, float PrefixWeight);
}
