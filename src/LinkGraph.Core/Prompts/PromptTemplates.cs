using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
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
    /// <summary>
    /// Reads the prompt events (counting each account's into <paramref name="accountPrompts"/>) and the sketches
    /// of the distinct prompts they use; prompts without a sketch are marked in <paramref name="muted"/>.
    /// </summary>
    public static PromptData Read(IDetectionSource source, int[] accountPrompts, bool[] muted, CancellationToken ct)
    {
        var prompts = PromptEvents.Read(source, accountPrompts, muted.Length, ct);
        var (sketches, distinctExact, distinctUses) = ReadSketches(source, prompts.Exact, muted, ct);
        return new PromptData(prompts, sketches, distinctExact, distinctUses);
    }

    /// <summary>
    /// Clusters the prompts into templates and returns <paramref name="data"/> with them attached.
    /// <paramref name="waitForObservations"/> returns once the store's observations are all in
    /// <paramref name="data"/>: clustering does not need them, the template observations go after them.
    /// </summary>
    public static DetectionData Attach(DetectionData data, PromptData read, double threshold, Action waitForObservations, CancellationToken ct)
    {
        var identCapacity = data.IdentifierCapacity;
        var prompts = read.Events;
        var distinctExact = read.DistinctExact;
        var distinct = distinctExact.Length;
        var representative = TemplateClusterer.Cluster(read.Sketches, distinct, PromptLeaderOrder.Of(distinctExact, read.DistinctUses, data.IdentifierValue), threshold, ct);
        read.Sketches = [];

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
        var muted = data.IdentifierMuted;
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

        // Each event's linking identifier, in place of its exact prompt (which nothing needs afterwards).
        var promptIdent = prompts.Exact;
        for (var i = 0; i < promptIdent.Length; i++)
        {
            var exact = promptIdent[i];
            promptIdent[i] = mapped[exact] != 0 ? mapped[exact] : exact;
        }

        waitForObservations();
        AppendTemplateObservations(data, prompts.Account, prompts.At, promptIdent, identCapacity);
        // A copy with the template identifiers and prompt arrays: the account and observation arrays are shared.
        var result = data with
        {
            IdentifierKind = kind,
            IdentifierValue = values,
            IdentifierMuted = muted,
            PromptAccount = prompts.Account,
            PromptAt = prompts.At,
            PromptIdentifier = promptIdent,
            TemplateCount = templates,
            TemplateVariants = variants,
        };
        result.GroupStart.Add(result.ObsAccount.Count);
        return result;
    }

    /// <summary>
    /// The sketch of each distinct exact prompt the events use, numbered by first use in event order (the
    /// clusterer breaks ties by that number), with its number of uses. Prompts without a sketch are muted.
    /// </summary>
    private static (uint[] Sketches, int[] Exact, int[] Uses) ReadSketches(IDetectionSource source, int[] promptExact, bool[] muted, CancellationToken ct)
    {
        var firstUse = new int[muted.Length];
        Array.Fill(firstUse, -1);
        var exact = new GrowableArray<int>(1024);
        var uses = new GrowableArray<int>(1024);
        foreach (var e in promptExact)
        {
            if (firstUse[e] < 0)
            {
                firstUse[e] = exact.Count;
                exact.Add(e);
                uses.Add(0);
            }

            uses[firstUse[e]]++;
        }

        // One slot per distinct prompt, sized exactly; sketches of prompts no event uses are skipped.
        var used = exact.Count;
        var sketches = new uint[checked(used * PromptSketcher.HashCount)];
        var sketched = new bool[used];
        foreach (var s in source.ReadPromptSketches(ct))
        {
            if ((uint)s.IdentifierId >= (uint)firstUse.Length || firstUse[s.IdentifierId] < 0)
            {
                continue;
            }

            var slot = firstUse[s.IdentifierId];
            if (sketched[slot])
            {
                throw new LinkGraphException("source_order", $"The detection source gave two sketches for prompt identifier {s.IdentifierId}.");
            }

            TemplateClusterer.Store(s.Sketch.Span, sketches, slot);
            sketched[slot] = true;
        }

        // Drop the prompts without a sketch, keeping the others' order: in place, since a slot only moves down.
        var distinct = 0;
        for (var slot = 0; slot < used; slot++)
        {
            if (!sketched[slot])
            {
                muted[exact[slot]] = true;
                continue;
            }

            if (distinct != slot)
            {
                Array.Copy(sketches, slot * PromptSketcher.HashCount, sketches, distinct * PromptSketcher.HashCount, PromptSketcher.HashCount);
                exact[distinct] = exact[slot];
                uses[distinct] = uses[slot];
            }

            distinct++;
        }

        return (sketches, exact.Buffer.AsSpan(0, distinct).ToArray(), uses.Buffer.AsSpan(0, distinct).ToArray());
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

        // The observation arrays get exactly the room they need: left to double, they could end up nearly twice
        // the size of the store's observations, held for the whole run.
        int added = 0, addedGroups = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                added++;
                addedGroups += i == 0 || (keys[i] >> 32) != (keys[i - 1] >> 32) ? 1 : 0;
            }
        }

        data.ObsAccount.SetCapacity(data.ObsAccount.Count + added);
        data.ObsFirst.SetCapacity(data.ObsFirst.Count + added);
        data.ObsLast.SetCapacity(data.ObsLast.Count + added);
        data.ObsCount.SetCapacity(data.ObsCount.Count + added);
        data.GroupIdentifier.SetCapacity(data.GroupIdentifier.Count + addedGroups);
        data.GroupStart.SetCapacity(data.GroupStart.Count + addedGroups + 1);
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
