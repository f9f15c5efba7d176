using System.Globalization;

namespace LinkGraph.Synthetic.World;

/// <summary>IPv4 addresses as 32-bit values and IPv6 /64s, drawn from public-looking space, and their text.</summary>
public static class IpSpace
{
    // First octets that are ordinary unicast space (no private, loopback, link-local or multicast blocks).
    private static readonly int[] FirstOctets = [.. Enumerable.Range(1, 223).Where(o => o is not (10 or 127 or 169 or 172 or 192 or 198 or 203 or 100 or 0))];

    public static uint Slash16(Random random) =>
        (uint)FirstOctets[random.Next(FirstOctets.Length)] << 24 | (uint)random.Next(256) << 16;

    public static uint Slash24(Random random) => Slash16(random) | (uint)random.Next(256) << 8;

    /// <summary>A block of 2^(32 − <paramref name="prefixLength"/>) addresses inside <paramref name="within"/>.</summary>
    public static uint Block(Random random, uint within, int prefixLength) =>
        prefixLength <= 16 ? within & 0xFFFF0000u : (within & 0xFFFF0000u) | ((uint)random.Next(1 << (prefixLength - 16)) << (32 - prefixLength));

    public static uint Host(uint block, int prefixLength, ulong draw)
    {
        var size = 1UL << (32 - prefixLength);
        var host = (uint)(draw % size);
        // Avoid .0 and .255 host bytes, which some producers drop.
        host = (host & ~0xFFu) | (uint)(1 + (host & 0xFF) % 254);
        return block | host;
    }

    public static string Format(uint ip) =>
        string.Create(CultureInfo.InvariantCulture, $"{ip >> 24}.{(ip >> 16) & 0xFF}.{(ip >> 8) & 0xFF}.{ip & 0xFF}");

    /// <summary>An address in the /64 <paramref name="prefix"/> with interface id <paramref name="interfaceId"/> (privacy addresses rotate it).</summary>
    public static string FormatV6(ulong prefix, ulong interfaceId)
    {
        // 2000::/3 global unicast.
        var high = (prefix & 0x1FFFFFFFFFFFFFFFUL) | 0x2000000000000000UL;
        return string.Create(CultureInfo.InvariantCulture,
            $"{high >> 48:x}:{(high >> 32) & 0xFFFF:x}:{(high >> 16) & 0xFFFF:x}:{high & 0xFFFF:x}:{interfaceId >> 48:x}:{(interfaceId >> 32) & 0xFFFF:x}:{(interfaceId >> 16) & 0xFFFF:x}:{interfaceId & 0xFFFF:x}");
    }
}
