using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// Makes public-looking IPv4/IPv6 addresses. Residential and datacenter addresses come from different
/// first-octet lists, as ISPs and hosting providers hold different blocks; reserved ranges are never used.
/// </summary>
public static class AddressSpace
{
    private static readonly byte[] ResidentialOctets =
    [
        24, 49, 58, 59, 60, 61, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 79, 81, 82, 83, 84, 86, 87, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 106, 110, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
        123, 124, 125, 171, 173, 174, 175, 177, 179, 180, 181, 182, 183, 186, 187, 189, 190, 191, 200, 201,
    ];

    private static readonly byte[] DatacenterOctets =
    [
        3, 13, 18, 34, 35, 45, 52, 54, 64, 104, 107, 128, 134, 137, 138, 139, 143, 144, 146, 147, 149, 152,
        157, 159, 161, 162, 165, 167, 168, 178, 185, 188, 193, 194, 195, 207, 209, 212, 213, 216, 217,
    ];

    /// <summary>A random residential /24 network, as its first address (host byte 0).</summary>
    public static uint ResidentialNetwork(SyntheticRandom random) =>
        ((uint)random.Pick(ResidentialOctets) << 24) | ((uint)random.Next(1 << 16) << 8);

    /// <summary>A random datacenter /24 network.</summary>
    public static uint DatacenterNetwork(SyntheticRandom random) =>
        ((uint)random.Pick(DatacenterOctets) << 24) | ((uint)random.Next(1 << 16) << 8);

    /// <summary>A random residential /16 block (carrier CGNAT pools live in a few of these).</summary>
    public static uint ResidentialBlock16(SyntheticRandom random) =>
        ((uint)random.Pick(ResidentialOctets) << 24) | ((uint)random.Next(256) << 16);

    /// <summary>A host inside a /24 network (hosts 2..254).</summary>
    public static uint HostIn24(uint network, SyntheticRandom random) => network | (uint)random.Between(2, 254);

    /// <summary>A host inside a /16 block.</summary>
    public static uint HostIn16(uint block, SyntheticRandom random) =>
        block | ((uint)random.Next(256) << 8) | (uint)random.Between(1, 254);

    public static string FormatV4(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}");

    /// <summary>A random global-unicast /32 prefix in 2000::/3 (first two groups).</summary>
    public static (ushort, ushort) V6Prefix32(SyntheticRandom random) =>
        ((ushort)(0x2400 + random.Next(0x0C00)), (ushort)random.Next(0x10000));

    /// <summary>An address in the given /64 (prefix32 + two more groups), random interface id.</summary>
    public static string FormatV6((ushort A, ushort B) prefix, ulong subnet, SyntheticRandom random)
    {
        var iid = random.NextUInt64() | 0x0001_0001_0001_0001UL;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix.A:x}:{prefix.B:x}:{(subnet >> 16) & 0xffff:x}:{subnet & 0xffff:x}:{iid >> 48:x}:{(iid >> 32) & 0xffff:x}:{(iid >> 16) & 0xffff:x}:{iid & 0xffff:x}");
    }
}
