using System.Runtime.Intrinsics.X86;

namespace LinkGraph.Core.Prompts;

/// <summary>Prefetch hints: the clusterer's time goes to cache misses, which overlap when issued early.</summary>
internal static partial class TemplateClusterer
{
    /// <summary>How far ahead in the visiting order sketches, then slot heads are prefetched (chain nodes: one ahead).</summary>
    private const int SketchLead = 4;

    private const int HeadLead = 2;

    /// <summary>Band keys are computed <see cref="HeadLead"/> prompts ahead and kept until their prompt is visited.</summary>
    private const int KeyRing = HeadLead + 1;

    /// <summary>
    /// Prefetch hints for the prompts visited next (the sketch <see cref="SketchLead"/> ahead, the slot heads
    /// <see cref="HeadLead"/> ahead, the first chain nodes one ahead) and the band keys <see cref="HeadLead"/>
    /// ahead into the key ring. Each prompt costs a few dozen cache misses scattered over hundreds of megabytes;
    /// issued early, they overlap. Hints change nothing but timing: a stale head only wastes a prefetch.
    /// </summary>
    private static void Prefetch(uint[] sketches, int[] order, int visited, Span<ulong> keyRing, int[] slotHead, int mask, ChainNode[] chain)
    {
        if (!Sse.IsSupported)
        {
            if (visited + HeadLead < order.Length)
            {
                KeysAhead(sketches, order, visited + HeadLead, keyRing);
            }

            return;
        }

        if (visited + SketchLead < order.Length && (uint)order[visited + SketchLead] < (uint)(sketches.Length / PromptSketcher.HashCount))
        {
            PrefetchSketch(sketches, order[visited + SketchLead]);
        }

        if (visited + HeadLead < order.Length && KeysAhead(sketches, order, visited + HeadLead, keyRing))
        {
            var keys = keyRing.Slice((visited + HeadLead) % KeyRing * PromptSketcher.Bands, PromptSketcher.Bands);
            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                PrefetchAt(slotHead, (int)keys[band] & mask);
            }
        }

        if (visited + 1 < order.Length)
        {
            var keys = keyRing.Slice((visited + 1) % KeyRing * PromptSketcher.Bands, PromptSketcher.Bands);
            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                var head = slotHead[(int)keys[band] & mask];
                if ((uint)head < (uint)chain.Length)
                {
                    PrefetchAt(chain, head);
                }
            }
        }
    }

    /// <summary>The band keys of the prompt at <paramref name="position"/> of the visiting order, into its ring slot; false if the entry is out of range (the main loop rejects it).</summary>
    private static bool KeysAhead(uint[] sketches, int[] order, int position, Span<ulong> keyRing)
    {
        var p = order[position];
        if ((uint)p >= (uint)(sketches.Length / PromptSketcher.HashCount))
        {
            return false;
        }

        var keys = keyRing.Slice(position % KeyRing * PromptSketcher.Bands, PromptSketcher.Bands);
        for (var band = 0; band < PromptSketcher.Bands; band++)
        {
            keys[band] = BandKey(sketches, p, band);
        }

        return true;
    }

    /// <summary>The four cache lines of one sketch.</summary>
    private static void PrefetchSketch(uint[] sketches, int index)
    {
        var offset = index * PromptSketcher.HashCount;
        for (var line = 0; line < PromptSketcher.HashCount; line += 16)
        {
            PrefetchAt(sketches, offset + line);
        }
    }

    private static unsafe void PrefetchAt<T>(T[] array, int index)
        where T : unmanaged
    {
        fixed (T* start = array)
        {
            Sse.Prefetch0(start + index);
        }
    }
}
