using System.Buffers.Binary;
using System.Numerics;

namespace LinkGraph.Graph.IO;

/// <summary>
/// Interns node tokens without a string per token: names live in one UTF-8 byte arena and an open-addressing table
/// (linear probing, load ≤ 1/2) maps a token's bytes to a dense node id in order of first appearance. Tokens that
/// are canonical decimal numbers below 2^24 (no sign, no leading zero) skip hashing: a direct array maps the
/// number to its node id, one memory access instead of a probe and a byte comparison.
/// </summary>
internal sealed class NodeNameTable
{
    private int[] _slots = new int[1024];
    private ulong[] _hashes = new ulong[256];
    private int[] _start = new int[256];
    private int[] _length = new int[256];
    private const int MaxDirectNumber = 1 << 24;

    private byte[] _arena = new byte[4096];
    private int _arenaLength;
    private int[] _direct = new int[1024];
    private int _hashedCount;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Name(int node) => _arena.AsSpan(_start[node], _length[node]);

    /// <returns>The node id of <paramref name="token"/>, added when new.</returns>
    public int Intern(ReadOnlySpan<byte> token)
    {
        if (TryDirectNumber(token, out var number))
        {
            if (number >= _direct.Length)
            {
                Array.Resize(ref _direct, (int)Math.Min(MaxDirectNumber, Math.Max(number + 1L, _direct.Length * 2L)));
            }

            var known = _direct[number] - 1;
            if (known >= 0)
            {
                return known;
            }

            var added = Add(token, 0);
            _direct[number] = added + 1;
            return added;
        }

        var hash = Hash(token);
        var mask = _slots.Length - 1;
        var index = (int)(hash & (ulong)mask);
        while (true)
        {
            var slot = _slots[index];
            if (slot == 0)
            {
                break;
            }

            var node = slot - 1;
            if (_hashes[node] == hash && Name(node).SequenceEqual(token))
            {
                return node;
            }

            index = (index + 1) & mask;
        }

        var id = Add(token, hash);
        _slots[index] = id + 1;
        _hashedCount++;
        if (_hashedCount * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private int Add(ReadOnlySpan<byte> token, ulong hash)
    {
        var id = Count;
        if (id == _hashes.Length)
        {
            var capacity = checked(id * 2);
            Array.Resize(ref _hashes, capacity);
            Array.Resize(ref _start, capacity);
            Array.Resize(ref _length, capacity);
        }

        if (_arenaLength + token.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(checked(_arena.Length * 2), _arenaLength + token.Length));
        }

        token.CopyTo(_arena.AsSpan(_arenaLength));
        _hashes[id] = hash;
        _start[id] = _arenaLength;
        _length[id] = token.Length;
        _arenaLength += token.Length;
        Count++;
        return id;
    }

    private void Rehash()
    {
        var slots = new int[checked(_slots.Length * 2)];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot == 0)
            {
                continue;
            }

            var node = slot - 1;
            var index = (int)(_hashes[node] & (ulong)mask);
            while (slots[index] != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = node + 1;
        }

        _slots = slots;
    }

    private static bool TryDirectNumber(ReadOnlySpan<byte> token, out int number)
    {
        number = 0;
        if (token.Length is 0 or > 8 || (token[0] == (byte)'0' && token.Length > 1))
        {
            return false;
        }

        foreach (var b in token)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        return number < MaxDirectNumber;
    }

    /// <summary>Multiply–xorshift hash over 8-byte words, finished with the MurmurHash3 fmix64 avalanche.</summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL, 29);
            bytes = bytes[8..];
        }

        var tail = 0UL;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h ^= tail;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
