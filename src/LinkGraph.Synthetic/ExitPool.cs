namespace LinkGraph.Synthetic;

/// <summary>
/// A pool of egress IPs: a VPN provider's exits (few datacenter /24s, hundreds of users each) or a
/// residential-proxy pool (many scattered home IPs, some of them real households' routers).
/// </summary>
public sealed class ExitPool
{
    private readonly uint[] _addresses;

    private ExitPool(uint[] addresses)
    {
        _addresses = addresses;
    }

    public int Count => _addresses.Length;

    public static ExitPool Vpn(SyntheticRandom random)
    {
        var networks = Enumerable.Range(0, random.Between(2, 4)).Select(_ => AddressSpace.DatacenterNetwork(random)).ToArray();
        var exits = new uint[random.Between(6, 24)];
        for (var i = 0; i < exits.Length; i++)
        {
            exits[i] = AddressSpace.HostIn24(random.Pick(networks), random);
        }

        return new ExitPool(exits);
    }

    public static ExitPool ResidentialProxies(int size, SyntheticRandom random)
    {
        var ips = new uint[size];
        for (var i = 0; i < size; i++)
        {
            ips[i] = AddressSpace.HostIn24(AddressSpace.ResidentialNetwork(random), random);
        }

        return new ExitPool(ips);
    }

    public string At(int index) => AddressSpace.FormatV4(_addresses[index]);

    public string Any(SyntheticRandom random) => At(random.Next(_addresses.Length));
}
