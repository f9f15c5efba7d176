namespace LinkGraph.Core.Linking;

/// <summary>
/// The pairs already linked for one identifier: an open-addressing set of packed pair keys (linear probing) whose
/// slots carry the generation that filled them, so emptying it for the next identifier is one increment, not a
/// clear. A hash set would clear its whole bucket array per identifier; once one hub has grown it, that memset
/// for each of the many smaller groups after it cost a tenth of the link stage on 20M events. The table only grows
/// (to twice the largest group's pairs) and is reused.
/// </summary>
internal sealed class PairSet
{
    private long[] _keys = new long[1024];
    private int[] _generations = new int[1024];
    private int _generation = 1;
    private int _count;
    private int _limit = 512;

    /// <summary>Empties the set; <paramref name="expected"/> pairs will fit without probing long chains.</summary>
    public void Reset(int expected)
    {
        _count = 0;
        if (expected > _keys.Length / 2)
        {
            Allocate(expected);
            return;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_generations);
            _generation = 1;
        }
    }

    /// <summary>Adds the key; false if it is already in the set.</summary>
    public bool Add(long key)
    {
        if (_count >= _limit)
        {
            Rehash();
        }

        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (_generations[slot] == _generation)
        {
            if (_keys[slot] == key)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        _generations[slot] = _generation;
        _keys[slot] = key;
        _count++;
        return true;
    }

    // Fibonacci hashing: the high bits of key times 2^64/phi spread packed (a, b) keys over the table.
    private static int Slot(long key, int mask) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & mask;

    private void Allocate(int expected)
    {
        var size = (int)Math.Min(1 << 30, Math.Max(1024, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)expected * 2)));
        _keys = new long[size];
        _generations = new int[size];
        _generation = 1;
        _limit = size / 2;
    }

    private void Rehash()
    {
        var keys = _keys;
        var generations = _generations;
        var generation = _generation;
        Allocate(_count * 2);
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (generations[i] == generation)
            {
                Add(keys[i]);
            }
        }
    }
}
