namespace LinkGraph.Core.Linking;

/// <summary>
/// Aggregated account–account links, sorted by (a, b) with a &lt; b: <see cref="Keys"/> packs a in the high and
/// b in the low 32 bits; <see cref="Weights"/> holds the summed bits, <see cref="Kinds"/> a bit per identifier kind
/// (bit = 1 &lt;&lt; kind) that contributed.
/// </summary>
internal sealed class LinkTable
{
    public LinkTable(long[] keys, float[] weights, byte[] kinds, int count)
    {
        Keys = keys;
        Weights = weights;
        Kinds = kinds;
        Count = count;
    }

    public long[] Keys { get; }

    public float[] Weights { get; }

    public byte[] Kinds { get; }

    public int Count { get; }

    public static int A(long key) => (int)(key >> 32);

    public static int B(long key) => (int)(key & 0xFFFFFFFF);

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
