namespace LinkGraph.Graph;

/// <summary>
/// Collects undirected weighted edges and builds a <see cref="CsrGraph"/>: parallel edges are merged by summing
/// their weights and every row is sorted by target, so the same edge multiset always gives the same graph.
/// </summary>
/// <remarks>
/// Edges are kept in three growable arrays (16 bytes per edge). <see cref="Build"/> buckets them into rows with a
/// counting sort (O(n + m)), sorts each row (O(m log d)) and merges duplicates in place, so its peak is the edge
/// list plus one set of arc arrays (about 40 bytes per edge in total). Self-loops are allowed (see
/// <see cref="CsrGraph"/> for how they count).
/// </remarks>
public sealed class CsrGraphBuilder
{
    private const int MinCapacity = 16;

    private int[] _sources;
    private int[] _targets;
    private double[] _weights;
    private int _count;

    public CsrGraphBuilder(int nodeCount)
        : this(nodeCount, 0)
    {
    }

    /// <param name="edgeCapacity">Expected edge count, to avoid regrowing the edge arrays.</param>
    public CsrGraphBuilder(int nodeCount, int edgeCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeCapacity);
        NodeCount = nodeCount;
        var capacity = Math.Max(edgeCapacity, MinCapacity);
        _sources = new int[capacity];
        _targets = new int[capacity];
        _weights = new double[capacity];
    }

    /// <summary>Adopts edge arrays filled elsewhere in this assembly (the edge-list reader) without copying them.</summary>
    internal CsrGraphBuilder(int nodeCount, int[] sources, int[] targets, double[] weights, int count)
    {
        NodeCount = nodeCount;
        _sources = sources;
        _targets = targets;
        _weights = weights;
        _count = count;
    }

    public int NodeCount { get; }

    /// <summary>Edges added so far, parallel edges counted separately.</summary>
    public int EdgeCount => _count;

    /// <summary>Adds the undirected edge <c>{u, v}</c>; <c>u == v</c> adds a self-loop.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A node id is outside <c>0 .. NodeCount - 1</c>.</exception>
    /// <exception cref="ArgumentException">The weight is NaN, infinite, zero or negative.</exception>
    public void AddEdge(int u, int v, double weight = 1.0)
    {
        if ((uint)u >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(u), u, $"Node id {u} is outside 0..{NodeCount - 1} (node count {NodeCount}).");
        }

        if ((uint)v >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(v), v, $"Node id {v} is outside 0..{NodeCount - 1} (node count {NodeCount}).");
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentException($"Edge ({u}, {v}) has weight {weight}; weights must be finite and greater than 0.", nameof(weight));
        }

        if (_count == _sources.Length)
        {
            Grow();
        }

        _sources[_count] = u;
        _targets[_count] = v;
        _weights[_count] = weight;
        _count++;
    }

    /// <summary>Builds the graph; the builder stays usable (more edges may be added and built again).</summary>
    public CsrGraph Build()
    {
        var n = NodeCount;
        var offsets = new int[n + 1];
        var arcCount = 0L;
        for (var e = 0; e < _count; e++)
        {
            offsets[_sources[e] + 1]++;
            arcCount++;
            if (_sources[e] != _targets[e])
            {
                offsets[_targets[e] + 1]++;
                arcCount++;
            }
        }

        if (arcCount > Array.MaxLength)
        {
            throw new InvalidOperationException($"The graph has {arcCount} arcs; at most {Array.MaxLength} fit in one CSR array.");
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var targets = new int[arcCount];
        var weights = new double[arcCount];
        var cursor = new int[n];
        Array.Copy(offsets, cursor, n);
        for (var e = 0; e < _count; e++)
        {
            int u = _sources[e], v = _targets[e];
            var w = _weights[e];
            var i = cursor[u]++;
            targets[i] = v;
            weights[i] = w;
            if (u != v)
            {
                i = cursor[v]++;
                targets[i] = u;
                weights[i] = w;
            }
        }

        cursor = null;
        var write = MergeRows(offsets, targets, weights);
        if (write < targets.Length)
        {
            Array.Resize(ref targets, write);
            Array.Resize(ref weights, write);
        }

        var selfLoops = 0;
        for (var v = 0; v < n; v++)
        {
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                if (targets[i] == v)
                {
                    selfLoops++;
                }
            }
        }

        var edgeCount = ((write - selfLoops) / 2) + selfLoops;
        return new CsrGraph(offsets, targets, weights, edgeCount);
    }

    /// <summary>Sorts each row by target and sums runs of equal targets, compacting rows leftwards in place.</summary>
    /// <returns>The new arc count; <paramref name="offsets"/> is rewritten to match.</returns>
    private static int MergeRows(int[] offsets, int[] targets, double[] weights)
    {
        var write = 0;
        var n = offsets.Length - 1;
        var start = 0;
        for (var v = 0; v < n; v++)
        {
            var end = offsets[v + 1];
            var length = end - start;
            if (length > 1 && !IsStrictlySorted(targets, start, end))
            {
                Array.Sort(targets, weights, start, length);
            }

            offsets[v] = write;
            var i = start;
            while (i < end)
            {
                var t = targets[i];
                var w = weights[i];
                i++;
                while (i < end && targets[i] == t)
                {
                    w += weights[i];
                    i++;
                }

                targets[write] = t;
                weights[write] = w;
                write++;
            }

            start = end;
        }

        offsets[n] = write;
        return write;
    }

    private static bool IsStrictlySorted(int[] values, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (values[i] <= values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private void Grow()
    {
        // Grow by half, not double: the edge list is the largest thing alive while loading.
        var newCapacity = (int)Math.Min(Array.MaxLength, _sources.Length + ((long)_sources.Length / 2) + MinCapacity);
        if (newCapacity <= _count)
        {
            throw new InvalidOperationException($"Cannot hold more than {_count} edges.");
        }

        Array.Resize(ref _sources, newCapacity);
        Array.Resize(ref _targets, newCapacity);
        Array.Resize(ref _weights, newCapacity);
    }
}
