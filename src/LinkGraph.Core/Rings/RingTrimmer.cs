using LinkGraph.Core.Linking;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Removes from each candidate ring of three or more the members that show none of the ring's own traits.
/// A trait is a prompt identifier, card or device that at least two members share and on which the ring is
/// over-represented (<see cref="RingAnalyzer.OverRepresented"/>: far more of its users are members than the
/// ring's share of all accounts would give). A member is anchored when at least a quarter of its prompts, and
/// at least two, are on the ring's prompt traits; card and device traits are then judged on the anchored
/// members alone, and a member fits when it uses one. Others
/// reached the ring by a coincidence (an address of a proxy pool their home router also is) and are removed,
/// together with the family card or shared tablet that tied them to each other: a household brought in
/// whole cannot vouch for itself, and neither can a crowd of honest users whose popular phone it shares. Rings
/// with fewer than two anchored members (no prompts to judge by) judge card and device traits on all members.
/// O(observations + prompts).
/// </summary>
internal static class RingTrimmer
{
    /// <summary>Prompts on the ring's traits an anchor needs at least: one popular question asked once proves nothing.</summary>
    public const int MinAnchorPrompts = 2;

    public static (int[] RingOf, int RingCount) Trim(DetectionData d, int[] ringOf, int ringCount)
    {
        var capacity = ringOf.Length;
        var size = new int[ringCount];
        foreach (var r in ringOf)
        {
            if (r >= 0)
            {
                size[r]++;
            }
        }

        var promptTraits = new HashSet<long>();
        ForEachTrait(d, ringOf, prompts: true, counts: _ => true, population: r => size[r], (r, ident, _, _) => promptTraits.Add(((long)r << 32) | (uint)ident));
        var onTraits = new int[capacity];
        for (var p = 0; p < d.PromptAccount.Length; p++)
        {
            var a = d.PromptAccount[p];
            if (ringOf[a] >= 0 && promptTraits.Contains(((long)ringOf[a] << 32) | (uint)d.PromptIdentifier[p]))
            {
                onTraits[a]++;
            }
        }

        var anchored = new bool[capacity];
        var anchoredInRing = new int[ringCount];
        for (var a = 0; a < capacity; a++)
        {
            if (ringOf[a] >= 0 && onTraits[a] >= MinAnchorPrompts && 4 * onTraits[a] >= d.AccountPrompts[a])
            {
                anchored[a] = true;
                anchoredInRing[ringOf[a]]++;
            }
        }

        // Card and device traits are judged on the anchored members alone (when there are two or more): honest
        // accounts caught in a ring must not make a popular phone look like the ring's own device.
        var fits = new bool[capacity];
        ForEachTrait(
            d,
            ringOf,
            prompts: false,
            counts: a => anchoredInRing[ringOf[a]] < 2 || anchored[a],
            population: r => anchoredInRing[r] < 2 ? size[r] : anchoredInRing[r],
            (r, _, start, end) =>
            {
                for (var o = start; o < end; o++)
                {
                    if (ringOf[d.ObsAccount[o]] == r)
                    {
                        fits[d.ObsAccount[o]] = true;
                    }
                }
            });

        var result = new int[capacity];
        var labels = new int[ringCount];
        Array.Fill(labels, -1);
        var count = 0;
        for (var a = 0; a < capacity; a++)
        {
            var r = ringOf[a];
            var keep = r >= 0 && (size[r] < 3 || anchored[a] || fits[a]);
            if (!keep)
            {
                result[a] = -1;
                continue;
            }

            // Renumber in account order, so ring numbers stay canonical.
            if (labels[r] < 0)
            {
                labels[r] = count++;
            }

            result[a] = labels[r];
        }

        return DropSingletons(result, count);
    }

    /// <summary>
    /// Calls <paramref name="trait"/>(ring, identifier, group start, group end) for every ring trait among prompt
    /// identifiers (<paramref name="prompts"/>) or among cards and devices: over-represented among the members
    /// that <paramref name="counts"/>, out of a ring <paramref name="population"/> of that many.
    /// </summary>
    private static void ForEachTrait(
        DetectionData d, int[] ringOf, bool prompts, Func<int, bool> counts, Func<int, int> population, Action<int, int, int, int> trait)
    {
        var perRing = new Dictionary<int, int>();
        for (var g = 0; g < d.GroupCount; g++)
        {
            var ident = d.GroupIdentifier[g];
            var kind = (IdentifierKind)d.IdentifierKind[ident];
            var wanted = prompts ? DetectionDataLoader.IsPrompt((byte)kind) : kind is IdentifierKind.Payment or IdentifierKind.Device;
            if (!wanted || d.IdentifierMuted[ident])
            {
                continue;
            }

            perRing.Clear();
            var start = d.GroupStart[g];
            var end = d.GroupStart[g + 1];
            for (var o = start; o < end; o++)
            {
                var a = d.ObsAccount[o];
                if (ringOf[a] >= 0 && counts(a))
                {
                    perRing[ringOf[a]] = perRing.GetValueOrDefault(ringOf[a]) + 1;
                }
            }

            foreach (var (r, members) in perRing)
            {
                if (RingAnalyzer.OverRepresented(members, end - start, population(r), d.AccountCount))
                {
                    trait(r, ident, start, end);
                }
            }
        }
    }

    private static (int[] RingOf, int RingCount) DropSingletons(int[] ringOf, int count)
    {
        var size = new int[count];
        foreach (var r in ringOf)
        {
            if (r >= 0)
            {
                size[r]++;
            }
        }

        var labels = new int[count];
        Array.Fill(labels, -1);
        var next = 0;
        for (var a = 0; a < ringOf.Length; a++)
        {
            var r = ringOf[a];
            if (r < 0 || size[r] < 2)
            {
                ringOf[a] = -1;
                continue;
            }

            if (labels[r] < 0)
            {
                labels[r] = next++;
            }

            ringOf[a] = labels[r];
        }

        return (ringOf, next);
    }
}
