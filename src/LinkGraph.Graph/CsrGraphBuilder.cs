namespace LinkGraph.Graph;

/// <summary>
/// Collects undirected weighted edges and builds a <see cref="CsrGraph"/>: parallel edges are merged by summing
/// their weights and every row is sorted by target, so the same edge multiset always gives the same graph.
/// </summary>
/// <remarks>
/// Edges are stored in fixed-size chunks (no regrowth copies, at most one partly used chunk): 8 bytes per edge for
/// the two ends, plus 8 for the weight only in chunks that hold a weight other than 1. <see cref="Build"/> buckets
/// edges into rows with a counting sort (O(n + m)), sorts each row (O(m log d)) and merges duplicates in place, so
/// its peak is the edge chunks plus one set of arc arrays (24 bytes per edge). Self-loops are allowed; see
/// <see cref="CsrGraph"/> for how they count.
/// </remarks>
public sealed class CsrGraphBuilder
{
    private const int ChunkBits = 18;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<int[]> _sources = [];
    private readonly List<int[]> _targets = [];
    private readonly List<double[]?> _weights = [];
    private int _count;

    public CsrGraphBuilder(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        NodeCount = nodeCount;
    }

    public int NodeCount { get; private set; }

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

        AddValidated(u, v, weight);
    }

    /// <summary>Builds the graph; the builder stays usable (more edges may be added and built again).</summary>
    public CsrGraph Build() => BuildCore(release: false);

    /// <summary>Raises the node count (for readers that discover nodes as they go).</summary>
    internal void EnsureNodeCount(int nodeCount)
    {
        if (nodeCount > NodeCount)
        {
            NodeCount = nodeCount;
        }
    }

    /// <summary>Adds an edge whose ends and weight the caller has already checked.</summary>
    internal void AddValidated(int u, int v, double weight)
    {
        if (_count == int.MaxValue)
        {
            throw new InvalidOperationException($"Cannot hold more than {int.MaxValue} edges.");
        }

        var chunk = _count >> ChunkBits;
        var slot = _count & ChunkMask;
        if (slot == 0)
        {
            _sources.Add(new int[ChunkSize]);
            _targets.Add(new int[ChunkSize]);
            _weights.Add(null);
        }

        _sources[chunk][slot] = u;
        _targets[chunk][slot] = v;
        var weights = _weights[chunk];
        if (weights is null && weight != 1.0)
        {
            // First weight other than 1 in this chunk: materialise the chunk's weights.
            weights = new double[ChunkSize];
            Array.Fill(weights, 1.0, 0, slot);
            _weights[chunk] = weights;
        }

        if (weights is not null)
        {
            weights[slot] = weight;
        }

        _count++;
    }

    /// <param name="release">Drop each edge chunk once copied into the arcs, leaving the builder empty; lowers the
    /// peak when the builder is not used again.</param>
    internal CsrGraph BuildCore(bool release)
    {
        var n = NodeCount;
        var offsets = new int[n + 1];
        var arcCount = 0L;
        for (var chunk = 0; chunk < _sources.Count; chunk++)
        {
            var sources = _sources[chunk];
            var ends = _targets[chunk];
            var length = Math.Min(ChunkSize, _count - (chunk << ChunkBits));
            for (var slot = 0; slot < length; slot++)
            {
                int u = sources[slot], v = ends[slot];
                offsets[u + 1]++;
                arcCount++;
                if (u != v)
                {
                    offsets[v + 1]++;
                    arcCount++;
                }
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
        for (var chunk = 0; chunk < _sources.Count; chunk++)
        {
            var sources = _sources[chunk];
            var ends = _targets[chunk];
            var chunkWeights = _weights[chunk];
            var length = Math.Min(ChunkSize, _count - (chunk << ChunkBits));
            for (var slot = 0; slot < length; slot++)
            {
                int u = sources[slot], v = ends[slot];
                var w = chunkWeights is null ? 1.0 : chunkWeights[slot];
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

            if (release)
            {
                _sources[chunk] = [];
                _targets[chunk] = [];
                _weights[chunk] = null;
            }
        }

        if (release)
        {
            _sources.Clear();
            _targets.Clear();
            _weights.Clear();
            _count = 0;
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
}
