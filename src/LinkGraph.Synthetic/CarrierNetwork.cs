namespace LinkGraph.Synthetic;

/// <summary>
/// A mobile carrier: carrier-grade NAT puts thousands of unrelated subscribers on a small pool of IPv4 egress
/// addresses in a few /16 blocks, while on IPv6 every subscriber gets their own /64 under the carrier's /32.
/// </summary>
public sealed class CarrierNetwork
{
    private readonly uint[] _egress;
    private readonly (ushort, ushort) _v6Prefix;

    public CarrierNetwork(int subscribers, SyntheticRandom random)
    {
        var blocks = Enumerable.Range(0, random.Between(2, 4)).Select(_ => AddressSpace.ResidentialBlock16(random)).ToArray();
        _egress = new uint[Math.Max(8, subscribers / 40)];
        for (var i = 0; i < _egress.Length; i++)
        {
            _egress[i] = AddressSpace.HostIn16(random.Pick(blocks), random);
        }

        _v6Prefix = AddressSpace.V6Prefix32(random);
    }

    public string V4(SyntheticRandom random) => AddressSpace.FormatV4(_egress[random.Next(_egress.Length)]);

    public string V6(SyntheticRandom random, ulong subscriberSubnet) => AddressSpace.FormatV6(_v6Prefix, subscriberSubnet, random);
}
