using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The set of stored event key hashes, held by the writer so that the idempotency check never touches the
/// database: open addressing with linear probing over a power-of-two table (Knuth, TAOCP vol. 3, 6.4), 8 bytes a
/// slot, at most three quarters full, so 8–16 bytes per key (about 270 MB at 20M keys, a quarter of a
/// <see cref="HashSet{T}"/> of longs). Slots hold the key itself; 0 marks an empty slot, so the key 0 is kept
/// aside in a flag. Keys are only ever added: a writer that must forget keys starts a new set.
/// </summary>
internal sealed class EventKeySet
{
    private const int MinCapacity = 1024;

    private long[] _slots = new long[MinCapacity];
    private int _shift = 64 - BitOperations.Log2(MinCapacity);
    private bool _hasZero;
    private int _filled;

    /// <summary>Number of keys in the set.</summary>
    public long Count => _filled + (_hasZero ? 1 : 0);

    /// <summary>Adds <paramref name="key"/>; false if it was already in the set.</summary>
    public bool Add(long key)
    {
        if (key == 0)
        {
            var added = !_hasZero;
            _hasZero = true;
            return added;
        }

        if (_filled >= _slots.Length - (_slots.Length >> 2))
        {
            Resize(_slots.Length * 2);
        }

        if (!Insert(_slots, _shift, key))
        {
            return false;
        }

        _filled++;
        return true;
    }

    /// <summary>
    /// Adds many keys (loading a store's keys): each key's slot is prefetched a few keys ahead, so the cache misses of
    /// a table of hundreds of megabytes overlap instead of being paid one after another.
    /// </summary>
    public unsafe void AddRange(ReadOnlySpan<long> keys)
    {
        EnsureCapacity(Count + keys.Length);
        const int Lead = 16;
        fixed (long* slots = _slots)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (Sse.IsSupported && i + Lead < keys.Length)
                {
                    Sse.Prefetch0(slots + SlotOf(keys[i + Lead], _shift));
                }

                Add(keys[i]);
            }
        }
    }

    public bool Contains(long key) => key == 0 ? _hasZero : _slots[Probe(_slots, _shift, key)] == key;

    /// <summary>Grows the table once for <paramref name="keys"/> keys in all, instead of doubling on the way there.</summary>
    public void EnsureCapacity(long keys)
    {
        // At most two thirds full afterwards, so adding that many keys never resizes on the way (Add resizes at three quarters).
        var needed = (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(MinCapacity, keys + (keys / 2) + 1));
        if (needed > _slots.Length)
        {
            Resize(checked((int)needed));
        }
    }

    // Fibonacci hashing (Knuth, 6.4): the top bits of key × 2^64/φ pick the slot, so keys that differ only in their
    // high bits still spread.
    private static int SlotOf(long key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    private static bool Insert(long[] slots, int shift, long key)
    {
        var i = Probe(slots, shift, key);
        if (slots[i] == key)
        {
            return false;
        }

        slots[i] = key;
        return true;
    }

    /// <summary>The slot holding <paramref name="key"/>, or else the empty slot where it belongs (the first of the two on its probe path).</summary>
    private static int Probe(long[] slots, int shift, long key)
    {
        var mask = slots.Length - 1;
        var i = SlotOf(key, shift);
        while (slots[i] != key && slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    private void Resize(int capacity)
    {
        var slots = new long[capacity];
        var shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var key in _slots)
        {
            if (key != 0)
            {
                Insert(slots, shift, key);
            }
        }

        _slots = slots;
        _shift = shift;
    }
}
