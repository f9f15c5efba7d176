namespace LinkGraph.Graph;

/// <summary>
/// Disjoint-set forest over <c>0 .. n - 1</c> with path halving and union by size (Tarjan &amp; van Leeuwen 1984):
/// any sequence of m operations costs O(m α(n)), α the inverse Ackermann function. 8 bytes per element.
/// </summary>
public sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        _parent = new int[n];
        _size = new int[n];
        for (var i = 0; i < n; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        SetCount = n;
    }

    public int Count => _parent.Length;

    /// <summary>Number of disjoint sets.</summary>
    public int SetCount { get; private set; }

    /// <summary>The representative of the set holding <paramref name="x"/>.</summary>
    public int Find(int x)
    {
        CheckRange(x, nameof(x));
        var parent = _parent;
        while (parent[x] != x)
        {
            // Path halving: point every other node on the path at its grandparent.
            var grand = parent[parent[x]];
            parent[x] = grand;
            x = grand;
        }

        return x;
    }

    /// <summary>Merges the sets of <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <returns><c>true</c> when they were in different sets.</returns>
    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        SetCount--;
        return true;
    }

    /// <summary>Size of the set holding <paramref name="x"/>.</summary>
    public int SizeOf(int x) => _size[Find(x)];

    private void CheckRange(int x, string name)
    {
        if ((uint)x >= (uint)_parent.Length)
        {
            throw new ArgumentOutOfRangeException(name, x, $"Element {x} is outside 0..{_parent.Length - 1}.");
        }
    }
}
