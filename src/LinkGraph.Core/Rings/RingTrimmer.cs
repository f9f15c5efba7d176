using LinkGraph.Core.Linking;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Removes from each candidate ring of three or more the members that show none of the ring's own traits:
/// fewer than a quarter of their prompts on prompt identifiers characteristic of the ring, and no characteristic card or
/// device shared with another member (characteristic: at least half of the identifier's users are in candidate rings). Such an account reached the ring by
/// one coincidence (an address of a proxy pool it also used, a popular question asked in the same hour); the
/// ring's evidence does not describe it. O(observations + prompts).
/// </summary>
internal static class RingTrimmer
{
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

        var fits = new bool[capacity];
        var sharedPrompts = MarkSharedIdentifiers(d, ringOf, fits);
        var onShared = new int[capacity];
        for (var p = 0; p < d.PromptAccount.Length; p++)
        {
            var a = d.PromptAccount[p];
            if (ringOf[a] >= 0 && sharedPrompts.Contains(((long)ringOf[a] << 32) | (uint)d.PromptIdentifier[p]))
            {
                onShared[a]++;
            }
        }

        var result = new int[capacity];
        var labels = new int[ringCount];
        Array.Fill(labels, -1);
        var count = 0;
        for (var a = 0; a < capacity; a++)
        {
            var r = ringOf[a];
            var keep = r >= 0 && (size[r] < 3 || fits[a] || (d.AccountPrompts[a] > 0 && 4 * onShared[a] >= d.AccountPrompts[a]));
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

    /// <summary>Marks members sharing a card or device with another member; returns the (ring, prompt identifier) pairs shared inside a ring.</summary>
    private static HashSet<long> MarkSharedIdentifiers(DetectionData d, int[] ringOf, bool[] fits)
    {
        var sharedPrompts = new HashSet<long>();
        var perRing = new Dictionary<int, int>();
        for (var g = 0; g < d.GroupCount; g++)
        {
            var ident = d.GroupIdentifier[g];
            var kind = (IdentifierKind)d.IdentifierKind[ident];
            var isPrompt = DetectionDataLoader.IsPrompt((byte)kind);
            if (d.IdentifierMuted[ident] || (!isPrompt && kind is not (IdentifierKind.Payment or IdentifierKind.Device)))
            {
                continue;
            }

            perRing.Clear();
            var inRings = 0;
            for (var o = d.GroupStart[g]; o < d.GroupStart[g + 1]; o++)
            {
                var r = ringOf[d.ObsAccount[o]];
                if (r >= 0)
                {
                    perRing[r] = perRing.GetValueOrDefault(r) + 1;
                    inRings++;
                }
            }

            // An identifier characterises rings when most of its users are in candidate rings: extraction templates
            // and emulator fingerprints are (one campaign may spread them over several rings), popular questions and
            // common phones, also used as camouflage, are not.
            var characteristic = 2 * inRings >= d.GroupStart[g + 1] - d.GroupStart[g];
            if (!characteristic)
            {
                continue;
            }

            foreach (var (r, members) in perRing)
            {
                if (members >= 2 && isPrompt)
                {
                    sharedPrompts.Add(((long)r << 32) | (uint)ident);
                }
            }

            if (isPrompt)
            {
                continue;
            }

            for (var o = d.GroupStart[g]; o < d.GroupStart[g + 1]; o++)
            {
                var r = ringOf[d.ObsAccount[o]];
                if (r >= 0 && perRing[r] >= 2)
                {
                    fits[d.ObsAccount[o]] = true;
                }
            }
        }

        return sharedPrompts;
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
