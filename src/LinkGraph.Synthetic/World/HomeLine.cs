namespace LinkGraph.Synthetic.World;

/// <summary>
/// A home (or small office) internet line: the ISP re-leases the IPv4 address every <see cref="LeaseDays"/> days
/// inside its /16; lines with IPv6 use privacy addresses that rotate daily inside one /64.
/// </summary>
public readonly record struct HomeLine(ulong Key, uint Isp, int LeaseDays, bool Static, ulong V6Prefix)
{
    public static HomeLine Draw(Random random, WorldParameters parameters, uint? isp = null)
    {
        var lease = parameters.LeaseDays[random.Next(parameters.LeaseDays.Length)];
        var v6 = random.NextDouble() < parameters.Ipv6Share;
        return new HomeLine((ulong)random.NextInt64(), isp ?? parameters.Isps[random.Next(parameters.Isps.Length)], lease,
            random.NextDouble() < 0.15, v6 ? (ulong)random.NextInt64() : 0);
    }

    public string Address(long atMs, Random random)
    {
        var day = atMs / 86_400_000L;
        if (V6Prefix != 0 && random.NextDouble() < 0.6)
        {
            return IpSpace.FormatV6(V6Prefix, SeedMix.Mix(Key, (ulong)day));
        }

        var epoch = Static ? 0 : day / LeaseDays;
        return IpSpace.Format(IpSpace.Host(Isp, 16, SeedMix.Mix(Key, (ulong)epoch + 7)));
    }
}
