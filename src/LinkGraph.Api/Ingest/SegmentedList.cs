using System.Collections;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// An append-only list in fixed segments: a 10,000-event request body fills it without the copies of a growing
/// <see cref="List{T}"/> and without its last 128 KB array, which would go to the large object heap on every request.
/// </summary>
internal sealed class SegmentedList<T> : IReadOnlyList<T>
{
    // 1,024 references: 8 KB segments, well under the large object threshold.
    private const int SegmentShift = 10;
    private const int SegmentSize = 1 << SegmentShift;

    private readonly List<T[]> _segments = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _segments[index >> SegmentShift][index & (SegmentSize - 1)];
        }
    }

    public void Add(T item)
    {
        if ((Count & (SegmentSize - 1)) == 0 && Count >> SegmentShift == _segments.Count)
        {
            _segments.Add(new T[SegmentSize]);
        }

        _segments[Count >> SegmentShift][Count & (SegmentSize - 1)] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _segments[i >> SegmentShift][i & (SegmentSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
