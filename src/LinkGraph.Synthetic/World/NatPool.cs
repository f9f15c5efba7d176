namespace LinkGraph.Synthetic.World;

/// <summary>
/// Public addresses behind which many users sit: a carrier's CGNAT, a VPN's exits, a campus or company NAT.
/// The addresses span <see cref="PrefixLength"/> (a /16 for campus and carrier NATs); a user keeps one for a while.
/// </summary>
public sealed class NatPool
{
    private readonly uint[] _addresses;

    public NatPool(Random random, int addresses, int prefixLength, uint? within = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        PrefixLength = prefixLength;
        var block = IpSpace.Block(random, within ?? IpSpace.Slash16(random), prefixLength);
        _addresses = new uint[Math.Max(1, addresses)];
        for (var i = 0; i < _addresses.Length; i++)
        {
            _addresses[i] = IpSpace.Host(block, prefixLength, (ulong)random.NextInt64());
        }
    }

    public int PrefixLength { get; }

    public int Count => _addresses.Length;

    public string Any(Random random) => IpSpace.Format(_addresses[random.Next(_addresses.Length)]);

    /// <summary>The address a user with <paramref name="key"/> holds at a time (sticky for some hours).</summary>
    public string Sticky(ulong key, long atMs, int hours) =>
        IpSpace.Format(_addresses[(int)(SeedMix.Mix(key, (ulong)(atMs / (hours * 3_600_000L))) % (ulong)_addresses.Length)]);
}
