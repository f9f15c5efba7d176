namespace LinkGraph.Graph.Community;

/// <summary>
/// Leiden community detection (Traag, Waltman &amp; van Eck 2019, "From Louvain to Leiden: guaranteeing
/// well-connected communities", Sci Rep 9:5233), maximising modularity or CPM (<see cref="LeidenObjective"/>).
/// </summary>
/// <remarks>
/// One iteration runs, level by level until no community merges: fast local moving with a queue
/// (<c>MoveNodes</c>), refinement inside each community that only merges well-connected singletons, so refined
/// communities are connected (<c>Refine</c>), and aggregation of the refined partition while the aggregate starts
/// from the unrefined one (<c>Aggregate</c>). Iterations repeat from the previous result until one changes nothing
/// (default) or a fixed count is reached (igraph's default is 2). Each level costs O(m) per queue pass; levels shrink
/// geometrically in practice. The output is canonical (ids by smallest member) and every community is connected: as
/// a last step a community that is not (possible only in the rare fallback that aggregates an unrefined partition) is
/// split into its components, which never lowers the quality. Same graph, options and seed ⇒ same membership.
/// </remarks>
public static partial class Leiden
{
    /// <summary>Upper bound on iterations when running to convergence; quality rises strictly with each change, so
    /// this only guards against floating-point ties cycling.</summary>
    private const int MaxConvergenceIterations = 1000;

    public static LeidenResult Run(CsrGraph graph, LeidenOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        Validate(graph, options);
        cancellationToken.ThrowIfCancellationRequested();

        var n = graph.NodeCount;
        var membership = new int[n];
        if (options.InitialMembership is { } initial)
        {
            Array.Copy(initial, membership, n);
        }
        else
        {
            for (var v = 0; v < n; v++)
            {
                membership[v] = v;
            }
        }

        var ws = new LeidenWorkspace(graph, options, cancellationToken);
        CanonicalRenumber(membership, ws.Map);
        var previous = new int[n];
        var iterations = 0;
        var limit = options.Iterations < 0 ? MaxConvergenceIterations : options.Iterations;
        while (iterations < limit && n > 0)
        {
            Array.Copy(membership, previous, n);
            RunIteration(ws, membership);
            CanonicalRenumber(membership, ws.Map);
            iterations++;
            if (options.Iterations < 0 && membership.AsSpan().SequenceEqual(previous))
            {
                break;
            }
        }

        var count = SplitDisconnected(graph, membership);
        var quality = options.Objective == LeidenObjective.Modularity
            ? Modularity.Compute(graph, membership, options.Resolution)
            : Cpm.Compute(graph, membership, options.Resolution);
        return new LeidenResult(membership, count, quality, iterations);
    }

    private static void Validate(CsrGraph graph, LeidenOptions options)
    {
        if (!double.IsFinite(options.Resolution) || options.Resolution < 0)
        {
            throw new ArgumentException($"Resolution is {options.Resolution}; it must be finite and >= 0.", nameof(options));
        }

        if (!double.IsFinite(options.Beta) || options.Beta <= 0)
        {
            throw new ArgumentException($"Beta is {options.Beta}; it must be finite and > 0.", nameof(options));
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException($"MaxDegreeOfParallelism is {options.MaxDegreeOfParallelism}; it must be >= 1.", nameof(options));
        }

        if (!Enum.IsDefined(options.Objective))
        {
            throw new ArgumentException($"Objective {(int)options.Objective} is not a known objective.", nameof(options));
        }

        if (options.InitialMembership is { } initial)
        {
            if (initial.Length != graph.NodeCount)
            {
                throw new ArgumentException($"InitialMembership has {initial.Length} entries but the graph has {graph.NodeCount} nodes.", nameof(options));
            }

            for (var v = 0; v < initial.Length; v++)
            {
                if ((uint)initial[v] >= (uint)initial.Length)
                {
                    throw new ArgumentException($"InitialMembership[{v}] is {initial[v]}; community ids must be in 0..{initial.Length - 1}.", nameof(options));
                }
            }
        }
    }

    /// <summary>One Leiden iteration over all levels, starting from and updating <paramref name="membership"/>.</summary>
    private static void RunIteration(LeidenWorkspace ws, int[] membership)
    {
        var graph = ws.Input;
        var n = graph.NodeCount;
        ws.Graph = ws.Level0;
        var nodeWeight = ws.NodeWeight;
        if (ws.Objective == LeidenObjective.Modularity)
        {
            graph.Strengths.CopyTo(nodeWeight);
            ws.ScaledResolution = graph.TotalWeight > 0 ? ws.Resolution / (2 * graph.TotalWeight) : 0;
        }
        else
        {
            Array.Fill(nodeWeight, 1.0, 0, n);
            ws.ScaledResolution = ws.Resolution;
        }

        Array.Copy(membership, ws.Membership, n);
        for (var v = 0; v < n; v++)
        {
            ws.NodeToAggregate[v] = v;
        }

        while (true)
        {
            var levelNodes = ws.Graph.NodeCount;
            MoveNodes(ws);
            var k = ws.Renumber(ws.Membership, levelNodes);
            if (k == levelNodes)
            {
                break;
            }

            var refinedCount = Refine(ws, k);
            if (refinedCount == levelNodes)
            {
                // Refinement merged nothing: aggregate the partition itself so the next level is smaller (as igraph).
                Array.Copy(ws.Membership, ws.Refined, levelNodes);
                refinedCount = k;
            }

            var toAggregate = ws.NodeToAggregate;
            var refined = ws.Refined;
            for (var v = 0; v < n; v++)
            {
                toAggregate[v] = refined[toAggregate[v]];
            }

            Aggregate(ws, refinedCount);
        }

        for (var v = 0; v < n; v++)
        {
            membership[v] = ws.Membership[ws.NodeToAggregate[v]];
        }
    }

    /// <summary>Renumbers ids to 0, 1, ... in order of first appearance, i.e. by each community's smallest node.</summary>
    private static int CanonicalRenumber(int[] membership, int[] scratch)
    {
        Array.Fill(scratch, -1);
        var next = 0;
        for (var v = 0; v < membership.Length; v++)
        {
            var c = membership[v];
            if (scratch[c] < 0)
            {
                scratch[c] = next++;
            }

            membership[v] = scratch[c];
        }

        return next;
    }

    /// <summary>Splits every community into its connected components and renumbers canonically.</summary>
    /// <returns>The community count.</returns>
    private static int SplitDisconnected(CsrGraph graph, int[] membership)
    {
        var n = graph.NodeCount;
        var uf = new UnionFind(n);
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            foreach (var t in graph.Neighbors(v))
            {
                if (t > v && membership[t] == c)
                {
                    uf.Union(v, t);
                }
            }
        }

        return ConnectedComponents.LabelBySmallestMember(uf, membership);
    }
}
