namespace LinkGraph.Core.Linking;

/// <summary>An append-only array that doubles when full: one backing array, no per-item objects.</summary>
internal sealed class GrowableArray<T>
{
    private T[] _items;

    public GrowableArray(int capacity = 16)
    {
        _items = new T[Math.Max(4, capacity)];
    }

    public int Count { get; private set; }

    public T this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, (int)Math.Min(Array.MaxLength, (long)_items.Length * 2));
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    /// <summary>Reallocates the backing array to exactly <paramref name="capacity"/> items (at least <see cref="Count"/>).</summary>
    public void SetCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, Count);
        if (capacity != _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, capacity));
        }
    }

    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>The backing array; only the first <see cref="Count"/> items are meaningful.</summary>
    public T[] Buffer => _items;

    public T[] ToArray() => _items.AsSpan(0, Count).ToArray();
}
