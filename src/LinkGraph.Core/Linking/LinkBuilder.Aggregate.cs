using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>
/// Pair contributions go to one <see cref="EdgeBuffer"/> per range of the smaller account id, so each buffer
/// compacts and grows on its own (no whole-graph resize spike) and the ranges, each sorted, concatenate into
/// one sorted table.
/// </summary>
internal sealed partial class LinkBuilder
{
    private const int PartitionCount = 32;

    private EdgeBuffer[] _partitions = [.. Enumerable.Range(0, PartitionCount).Select(_ => new EdgeBuffer())];

    /// <summary>Account ids below <paramref name="capacity"/> split into PartitionCount ranges of a power-of-two width.</summary>
    private static int PartitionShift(int capacity)
    {
        var bits = 64 - long.LeadingZeroCount(Math.Max(1, capacity - 1));
        return Math.Max(0, (int)bits - 5);
    }

    private void Add(long key, float weight, byte kinds, float prefixWeight)
    {
        var partition = Math.Min(PartitionCount - 1, LinkTable.A(key) >> _partitionShift);
        _partitions[partition].Add(key, weight, kinds, prefixWeight);
    }

    private LinkTable Aggregate(CancellationToken ct)
    {
        // The ranges are independent: their final sorts (the largest of the stage) run side by side, in place.
        Parallel.ForEach(_partitions, new ParallelOptions { CancellationToken = ct }, p => p.Reduce());
        var total = 0L;
        foreach (var p in _partitions)
        {
            total += p.Count;
        }

        if (total > Array.MaxLength)
        {
            throw new InvalidOperationException($"{total} links exceed the largest array this runtime allows");
        }

        var keys = new long[total];
        var weights = new float[total];
        var kinds = new byte[total];
        var at = 0;
        foreach (var p in _partitions)
        {
            var pk = p.Keys;
            var pv = p.Values;
            for (var i = 0; i < pk.Length; i++, at++)
            {
                keys[at] = pk[i];
                // A shared network prefix is implied by a shared address: it counts only for pairs without one.
                var v = pv[i];
                var sharesIp = (v.Kinds & (1 << (int)IdentifierKind.Ip)) != 0;
                weights[at] = sharesIp ? v.Weight - (float)v.PrefixWeight : v.Weight;
                kinds[at] = sharesIp ? (byte)(v.Kinds & ~(1 << (int)IdentifierKind.IpPrefix)) : v.Kinds;
            }

            p.Release();
        }

        _partitions = [];
        return new LinkTable(keys, weights, kinds, at);
    }
}
