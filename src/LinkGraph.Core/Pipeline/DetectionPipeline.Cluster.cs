using LinkGraph.Core.Linking;

namespace LinkGraph.Core.Pipeline;

/// <summary>Cluster stage: components of the strong links, then (with Leiden) communities inside each component.</summary>
public sealed partial class DetectionPipeline
{
    private (int[] RingOf, int RingCount, int StrongLinks) Cluster(DetectionData data, LinkTable links, CancellationToken ct)
    {
        var capacity = data.AccountExternal.Length;
        var sets = new UnionFindArrays(capacity);
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

        var size = new int[capacity];
        for (var a = 0; a < capacity; a++)
        {
            if (data.AccountExternal[a] is not null)
            {
                size[sets.Find(a)]++;
            }
        }

        // Rings numbered by smallest member account id: canonical, independent of union order.
        var ringOfRoot = new int[capacity];
        Array.Fill(ringOfRoot, -1);
        var ringOf = new int[capacity];
        var count = 0;
        for (var a = 0; a < capacity; a++)
        {
            ringOf[a] = -1;
            if (data.AccountExternal[a] is null)
            {
                continue;
            }

            var root = sets.Find(a);
            if (size[root] < 2)
            {
                continue;
            }

            if (ringOfRoot[root] < 0)
            {
                ringOfRoot[root] = count++;
            }

            ringOf[a] = ringOfRoot[root];
        }

        return (ringOf, count, strong);
    }
}
