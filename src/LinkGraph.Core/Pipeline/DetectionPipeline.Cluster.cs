using LinkGraph.Core.Linking;
using LinkGraph.Core.Options;
using LinkGraph.Graph;
using LinkGraph.Graph.Community;

namespace LinkGraph.Core.Pipeline;

/// <summary>
/// Cluster stage: components of the strong links (union-find), then with <see cref="ClusteringMethod.Leiden"/>
/// Leiden communities (modularity, seeded) inside each component of at least
/// <see cref="DetectionOptions.LeidenMinComponent"/> accounts, so a giant component glued by a few bridges splits
/// into its dense parts. Smaller components stay whole: modularity would cut a lockstep ring, whose links follow
/// time order, into arbitrary pieces of about sqrt(2m) (the resolution limit, Fortunato &amp; Barthélemy 2007).
/// </summary>
public sealed partial class DetectionPipeline
{
    private (int[] RingOf, int RingCount, int StrongLinks) Cluster(DetectionData data, LinkTable links, CancellationToken ct)
    {
        var capacity = data.AccountExternal.Length;
        var sets = new UnionFind(capacity);
        var strong = 0;
        var threshold = _options.StrongLinkThreshold;
        for (var e = 0; e < links.Count; e++)
        {
            if ((e & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (links.Weights[e] >= threshold)
            {
                sets.Union(LinkTable.A(links.Keys[e]), LinkTable.B(links.Keys[e]));
                strong++;
            }
        }

        // Label: the component root, or for split components a distinct label per Leiden community.
        var label = new int[capacity];
        for (var a = 0; a < capacity; a++)
        {
            label[a] = sets.Find(a);
        }

        if (_options.Clustering == ClusteringMethod.Leiden)
        {
            SplitWithLeiden(links, label, capacity, ct);
        }

        return Number(data, label, capacity, strong);
    }

    private void SplitWithLeiden(LinkTable links, int[] label, int capacity, CancellationToken ct)
    {
        // Local index of each account inside its component; edges bucketed by component root.
        var size = new int[capacity];
        var local = new int[capacity];
        for (var a = 0; a < capacity; a++)
        {
            local[a] = size[label[a]]++;
        }

        var edgesOf = new Dictionary<int, List<int>>();
        for (var e = 0; e < links.Count; e++)
        {
            if (links.Weights[e] < _options.StrongLinkThreshold)
            {
                continue;
            }

            var root = label[LinkTable.A(links.Keys[e])];
            if (size[root] >= _options.LeidenMinComponent)
            {
                if (!edgesOf.TryGetValue(root, out var list))
                {
                    edgesOf[root] = list = [];
                }

                list.Add(e);
            }
        }

        var members = new Dictionary<int, List<int>>();
        for (var a = 0; a < capacity; a++)
        {
            if (edgesOf.ContainsKey(label[a]))
            {
                if (!members.TryGetValue(label[a], out var list))
                {
                    members[label[a]] = list = [];
                }

                list.Add(a);
            }
        }

        var nextLabel = capacity;
        foreach (var root in edgesOf.Keys.Order())
        {
            ct.ThrowIfCancellationRequested();
            var builder = new CsrGraphBuilder(size[root]);
            foreach (var e in edgesOf[root])
            {
                builder.AddEdge(local[LinkTable.A(links.Keys[e])], local[LinkTable.B(links.Keys[e])], links.Weights[e]);
            }

            var result = Leiden.Run(builder.Build(), new LeidenOptions { Objective = LeidenObjective.Modularity, Resolution = _options.Resolution, Seed = _options.Seed }, ct);
            if (result.CommunityCount <= 1)
            {
                continue;
            }

            foreach (var a in members[root])
            {
                label[a] = nextLabel + result.Membership[local[a]];
            }

            nextLabel += result.CommunityCount;
        }
    }

    /// <summary>Rings numbered by smallest member account id: canonical, independent of union order.</summary>
    private static (int[] RingOf, int RingCount, int StrongLinks) Number(DetectionData data, int[] label, int capacity, int strong)
    {
        var maxLabel = 0;

        for (var a = 0; a < capacity; a++)
        {
            maxLabel = Math.Max(maxLabel, label[a]);
        }

        var size = new int[maxLabel + 1];
        for (var a = 0; a < capacity; a++)
        {
            // Peeled accounts (label -1) belong to no ring.
            if (data.AccountExternal[a] is not null && label[a] >= 0)
            {
                size[label[a]]++;
            }
        }

        var ringOfLabel = new int[maxLabel + 1];
        Array.Fill(ringOfLabel, -1);
        var ringOf = new int[capacity];
        var count = 0;
        for (var a = 0; a < capacity; a++)
        {
            ringOf[a] = -1;
            if (data.AccountExternal[a] is null || label[a] < 0 || size[label[a]] < 2)
            {
                continue;
            }

            if (ringOfLabel[label[a]] < 0)
            {
                ringOfLabel[label[a]] = count++;
            }

            ringOf[a] = ringOfLabel[label[a]];
        }

        return (ringOf, count, strong);
    }
}
