using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Linking;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Turns prompt events into template identifiers at detection time: one sketch per distinct exact prompt,
/// <see cref="TemplateClusterer"/> over them, and for each cluster of at least two distinct prompts a
/// <see cref="IdentifierKind.PromptTemplate"/> identifier with one observation per (account, template).
/// Exact prompts without a sketch (fewer than <see cref="PromptSketcher.MinWords"/> words) are muted: honest
/// crowds share "hi" and "thanks".
/// </summary>
internal static class PromptTemplates
{
    public static DetectionData Attach(IDetectionSource source, DetectionData data, double threshold, CancellationToken ct)
    {
        var identCapacity = data.IdentifierCapacity;
        var accountCapacity = data.AccountExternal.Length;
        var promptAccount = new GrowableArray<int>(4096);
        var promptAt = new GrowableArray<long>(4096);
        var promptExact = new GrowableArray<int>(4096);
        var distinctOf = new int[identCapacity];
        Array.Fill(distinctOf, -1);
        var distinctExact = new GrowableArray<int>(1024);
        var distinctUses = new GrowableArray<int>(1024);
        var sketches = new uint[1024 * PromptSketcher.HashCount];
        var muted = data.IdentifierMuted;
        var seenTrivial = new bool[identCapacity];
        foreach (var p in source.ReadPrompts(ct))
        {
            DetectionDataLoader.CheckId(p.AccountId, accountCapacity, "prompt account");
            DetectionDataLoader.CheckId(p.ExactIdentifierId, identCapacity, "prompt identifier");
            promptAccount.Add(p.AccountId);
            promptAt.Add(p.At.ToUnixTimeSeconds());
            promptExact.Add(p.ExactIdentifierId);
            data.AccountPrompts[p.AccountId]++;
            if (p.Sketch is null)
            {
                seenTrivial[p.ExactIdentifierId] = true;
                continue;
            }

            if (distinctOf[p.ExactIdentifierId] < 0)
            {
                var index = distinctExact.Count;
                if ((index + 1) * PromptSketcher.HashCount > sketches.Length)
                {
                    Array.Resize(ref sketches, sketches.Length * 2);
                }

                TemplateClusterer.Store(p.Sketch, sketches, index);
                distinctOf[p.ExactIdentifierId] = index;
                distinctExact.Add(p.ExactIdentifierId);
                distinctUses.Add(0);
            }

            distinctUses[distinctOf[p.ExactIdentifierId]]++;
        }

        // A prompt is trivial only if it never came with a sketch (a store may hold both forms of one text).
        for (var i = 0; i < identCapacity; i++)
        {
            if (seenTrivial[i] && distinctOf[i] < 0)
            {
                muted[i] = true;
            }
        }

        var distinct = distinctExact.Count;
        var representative = TemplateClusterer.Cluster(sketches, distinct, LeaderOrder(distinctExact, distinctUses, data.IdentifierValue), threshold, ct);
        sketches = [];

        // Clusters with at least two distinct prompts become templates, numbered by first member.
        var clusterSize = new int[distinct];
        for (var d = 0; d < distinct; d++)
        {
            clusterSize[representative[d]]++;
        }

        var templateOfRep = new int[distinct];
        var templates = 0;
        for (var d = 0; d < distinct; d++)
        {
            templateOfRep[d] = representative[d] == d && clusterSize[d] >= 2 ? templates++ : -1;
        }

        var kind = data.IdentifierKind;
        var values = data.IdentifierValue;
        Array.Resize(ref kind, identCapacity + templates);
        Array.Resize(ref values, identCapacity + templates);
        Array.Resize(ref muted, identCapacity + templates);
        var smallest = new string?[templates];
        var variants = new int[identCapacity + templates];
        var mapped = new int[identCapacity];
        for (var d = 0; d < distinct; d++)
        {
            var t = templateOfRep[representative[d]];
            var exact = distinctExact[d];
            if (t < 0)
            {
                continue;
            }

            mapped[exact] = identCapacity + t;
            muted[exact] = true;
            variants[identCapacity + t]++;
            var v = values[exact] ?? exact.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (smallest[t] is null || string.CompareOrdinal(v, smallest[t]) < 0)
            {
                smallest[t] = v;
            }
        }

        for (var t = 0; t < templates; t++)
        {
            kind[identCapacity + t] = (byte)IdentifierKind.PromptTemplate;
            values[identCapacity + t] = DetectionDataLoader.TemplateId(smallest[t]!);
        }

        var count = promptAccount.Count;
        var promptIdent = new int[count];
        for (var i = 0; i < count; i++)
        {
            var exact = promptExact[i];
            promptIdent[i] = mapped[exact] != 0 ? mapped[exact] : exact;
        }

        AppendTemplateObservations(data, promptAccount.Buffer, promptAt.Buffer, promptIdent, identCapacity);
        var result = new DetectionData
        {
            AccountExternal = data.AccountExternal,
            AccountCreated = data.AccountCreated,
            AccountOrg = data.AccountOrg,
            AccountCount = data.AccountCount,
            MinTime = data.MinTime,
            MaxTime = data.MaxTime,
            IdentifierKind = kind,
            IdentifierValue = values,
            IdentifierMuted = muted,
            GroupIdentifier = data.GroupIdentifier,
            GroupStart = data.GroupStart,
            ObsAccount = data.ObsAccount,
            ObsFirst = data.ObsFirst,
            ObsLast = data.ObsLast,
            ObsCount = data.ObsCount,
            AccountPrompts = data.AccountPrompts,
            PromptAccount = promptAccount.ToArray(),
            PromptAt = promptAt.ToArray(),
            PromptIdentifier = promptIdent,
            TemplateCount = templates,
            TemplateVariants = variants,
        };
        result.GroupStart.Add(result.ObsAccount.Count);
        return result;
    }

    /// <summary>
    /// Most used prompts lead (the common wording of a template is its natural centre); ties go to the smaller
    /// prompt hash, so the clusters do not depend on the order in which events were stored.
    /// </summary>
    private static int[] LeaderOrder(GrowableArray<int> distinctExact, GrowableArray<int> uses, string?[] values)
    {
        var order = new int[distinctExact.Count];
        for (var d = 0; d < order.Length; d++)
        {
            order[d] = d;
        }

        Array.Sort(order, (a, b) =>
        {
            var byUses = uses[b].CompareTo(uses[a]);
            return byUses != 0 ? byUses : string.CompareOrdinal(values[distinctExact[a]], values[distinctExact[b]]);
        });
        return order;
    }

    /// <summary>One observation per (account, template): first and last use and the number of prompts, grouped by template.</summary>
    private static void AppendTemplateObservations(DetectionData data, int[] account, long[] at, int[] ident, int firstTemplateId)
    {
        var picked = new GrowableArray<int>(1024);
        for (var i = 0; i < ident.Length; i++)
        {
            if (ident[i] >= firstTemplateId)
            {
                picked.Add(i);
            }
        }

        var order = picked.ToArray();
        var keys = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = ((long)ident[order[i]] << 32) | (uint)account[order[i]];
        }

        Array.Sort(keys, order);
        var i0 = 0;
        while (i0 < order.Length)
        {
            var i1 = i0;
            long first = long.MaxValue, last = long.MinValue;
            while (i1 < order.Length && keys[i1] == keys[i0])
            {
                first = Math.Min(first, at[order[i1]]);
                last = Math.Max(last, at[order[i1]]);
                i1++;
            }

            var tpl = (int)(keys[i0] >> 32);
            if (data.GroupIdentifier.Count == 0 || data.GroupIdentifier[^1] != tpl)
            {
                data.GroupIdentifier.Add(tpl);
                data.GroupStart.Add(data.ObsAccount.Count);
            }

            data.ObsAccount.Add(account[order[i0]]);
            data.ObsFirst.Add(first);
            data.ObsLast.Add(last);
            data.ObsCount.Add(i1 - i0);
            i0 = i1;
        }
    }
}
