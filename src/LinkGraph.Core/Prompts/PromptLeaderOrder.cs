namespace LinkGraph.Core.Prompts;

/// <summary>
/// The order in which <see cref="TemplateClusterer"/> visits distinct prompts: most used first (the common
/// wording of a template is its natural centre); ties go to the smaller prompt hash, so the clusters do not
/// depend on the order in which events were stored.
/// </summary>
internal static class PromptLeaderOrder
{
    public static int[] Of(int[] distinctExact, int[] uses, string?[] values)
    {
        var order = new int[distinctExact.Length];
        for (var d = 0; d < order.Length; d++)
        {
            order[d] = d;
        }

        if (HexSuffixKeys(distinctExact, values) is { } keys)
        {
            // The same order from integer sorts: by hash, then a stable counting sort by uses, most first.
            Array.Sort(keys, order);
            var maxUses = 0;
            foreach (var u in uses)
            {
                maxUses = Math.Max(maxUses, u);
            }

            var next = new int[maxUses + 2];
            foreach (var u in uses)
            {
                next[maxUses - u + 1]++;
            }

            for (var i = 1; i < next.Length; i++)
            {
                next[i] += next[i - 1];
            }

            var byUses = new int[order.Length];
            foreach (var d in order)
            {
                byUses[next[maxUses - uses[d]]++] = d;
            }

            return byUses;
        }

        Array.Sort(order, (a, b) =>
        {
            var byUses = uses[b].CompareTo(uses[a]);
            return byUses != 0 ? byUses : string.CompareOrdinal(values[distinctExact[a]], values[distinctExact[b]]);
        });
        return order;
    }

    /// <summary>
    /// When every value is one common prefix and 16 lowercase hex digits (a store's "px-" + XxHash64), the
    /// digits as integers: their order is the values' ordinal order. Otherwise null.
    /// </summary>
    private static ulong[]? HexSuffixKeys(int[] distinctExact, string?[] values)
    {
        const int Digits = 16;
        if (distinctExact.Length == 0 || values[distinctExact[0]] is not { Length: >= Digits } first)
        {
            return null;
        }

        var prefix = first.AsSpan(0, first.Length - Digits);
        var keys = new ulong[distinctExact.Length];
        for (var d = 0; d < keys.Length; d++)
        {
            var v = values[distinctExact[d]];
            if (v is null || v.Length != first.Length || !v.AsSpan(0, prefix.Length).SequenceEqual(prefix))
            {
                return null;
            }

            var key = 0UL;
            foreach (var c in v.AsSpan(prefix.Length))
            {
                var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
                if (digit < 0)
                {
                    return null;
                }

                key = (key << 4) | (uint)digit;
            }

            keys[d] = key;
        }

        return keys;
    }
}
