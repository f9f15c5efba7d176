using System.Globalization;

namespace LinkGraph.Core.Signals;

/// <summary>
/// Parses IP address text strictly and renders one canonical form, so that one address always maps to one
/// identifier. IPv4: four decimal octets without leading zeros (<c>010.0.0.1</c> is rejected because some
/// parsers read it as octal). IPv6: RFC 4291 §2.2 text (optionally with a dotted IPv4 tail), rendered per
/// RFC 5952 §4 (lower case, no leading zeros, the longest run of two or more zero groups as "::", the first
/// on a tie). IPv4-mapped IPv6 (<c>::ffff:a.b.c.d</c>) becomes the IPv4 address. Zone ids (<c>%eth0</c>),
/// brackets, ports and CIDR suffixes are rejected.
/// </summary>
public static class IpAddressCanonicalizer
{
    public static CanonicalIp Canonicalize(string text) =>
        TryCanonicalize(text, out var result, out var error)
            ? result
            : throw new ArgumentException($"'{text}' is not an IP address: {error}.", nameof(text));

    public static bool TryCanonicalize(string text, out CanonicalIp result, out string error) =>
        TryCanonicalize(text, withPrefix: true, out result, out error);

    /// <summary>As the public overload; without <paramref name="withPrefix"/> the prefix is left empty (validation needs only the address).</summary>
    internal static bool TryCanonicalize(string text, bool withPrefix, out CanonicalIp result, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        result = default;
        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            error = "empty";
            return false;
        }

        if (s.Contains('%'))
        {
            error = "zone ids (%...) are not allowed";
            return false;
        }

        Span<byte> v6 = stackalloc byte[16];
        if (!s.Contains(':'))
        {
            Span<byte> v4 = stackalloc byte[4];
            if (!TryParseV4(s, v4, out error))
            {
                return false;
            }

            result = FromV4(v4, text, withPrefix);
            return true;
        }

        if (!TryParseV6(s, v6, out error))
        {
            return false;
        }

        result = IsV4Mapped(v6) ? FromV4(v6[12..], text, withPrefix) : FromV6(v6, withPrefix);
        return true;
    }

    /// <summary>Dotted-quad text and its /24; <paramref name="text"/> itself is the address when it is already canonical.</summary>
    private static CanonicalIp FromV4(ReadOnlySpan<byte> b, string text, bool withPrefix)
    {
        Span<char> chars = stackalloc char[15];
        chars.TryWrite(CultureInfo.InvariantCulture, $"{b[0]}.{b[1]}.{b[2]}.{b[3]}", out var length);
        var address = chars[..length];
        return new CanonicalIp(
            address.SequenceEqual(text) ? text : new string(address),
            withPrefix ? string.Concat(address[..address.LastIndexOf('.')], ".0/24") : string.Empty);
    }

    private static CanonicalIp FromV6(ReadOnlySpan<byte> bytes, bool withPrefix)
    {
        if (!withPrefix)
        {
            return new CanonicalIp(FormatV6(bytes), string.Empty);
        }

        Span<byte> network = stackalloc byte[16];
        bytes[..8].CopyTo(network);
        return new CanonicalIp(FormatV6(bytes), FormatV6(network, "/64"));
    }

    private static bool IsV4Mapped(ReadOnlySpan<byte> b) =>
        !b[..10].ContainsAnyExcept((byte)0) && b[10] == 0xff && b[11] == 0xff;

    private static bool TryParseV4(ReadOnlySpan<char> s, Span<byte> bytes, out string error)
    {
        error = "not an IPv4 address (expected four decimal octets a.b.c.d)";
        var part = 0;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '.')
            {
                continue;
            }

            var octet = s[start..i];
            if (part == 4 || octet.IsEmpty || octet.Length > 3 || octet.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            if (octet.Length > 1 && octet[0] == '0')
            {
                error = "leading zeros in an IPv4 octet are ambiguous";
                return false;
            }

            var value = int.Parse(octet, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value > 255)
            {
                error = "IPv4 octet above 255";
                return false;
            }

            bytes[part++] = (byte)value;
            start = i + 1;
        }

        return part == 4;
    }

    private static bool TryParseV6(ReadOnlySpan<char> s, Span<byte> bytes, out string error)
    {
        bytes.Clear();
        var gap = s.IndexOf("::", StringComparison.Ordinal);
        if (gap >= 0 && s[(gap + 2)..].Contains("::", StringComparison.Ordinal))
        {
            error = "'::' may appear only once";
            return false;
        }

        Span<ushort> head = stackalloc ushort[8];
        Span<ushort> tail = stackalloc ushort[8];
        if (gap < 0)
        {
            if (!TryParseGroups(s, head, out var count, out error))
            {
                return false;
            }

            if (count != 8)
            {
                error = "an IPv6 address without '::' needs eight groups";
                return false;
            }

            WriteGroups(head, bytes, 0);
            return true;
        }

        if (s[..gap].Contains('.'))
        {
            error = "a dotted IPv4 part must come last";
            return false;
        }

        if (!TryParseGroups(s[..gap], head, out var headCount, out error) || !TryParseGroups(s[(gap + 2)..], tail, out var tailCount, out error))
        {
            return false;
        }

        if (headCount + tailCount > 7)
        {
            error = "too many groups for an address with '::'";
            return false;
        }

        WriteGroups(head[..headCount], bytes, 0);
        WriteGroups(tail[..tailCount], bytes, 8 - tailCount);
        return true;
    }

    /// <summary>Parses colon-separated hex groups; a dotted IPv4 tail counts as two groups.</summary>
    private static bool TryParseGroups(ReadOnlySpan<char> s, Span<ushort> groups, out int count, out string error)
    {
        count = 0;
        error = string.Empty;
        if (s.IsEmpty)
        {
            return true;
        }

        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != ':')
            {
                continue;
            }

            var group = s[start..i];
            if (group.Contains('.'))
            {
                Span<byte> v4 = stackalloc byte[4];
                if (i != s.Length || count > 6 || !TryParseV4(group, v4, out _))
                {
                    error = "malformed dotted IPv4 part in an IPv6 address";
                    return false;
                }

                groups[count++] = (ushort)((v4[0] << 8) | v4[1]);
                groups[count++] = (ushort)((v4[2] << 8) | v4[3]);
                return true;
            }

            if (group.IsEmpty || group.Length > 4 || !ushort.TryParse(group, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                error = "IPv6 groups are one to four hex digits separated by ':'";
                return false;
            }

            if (count == 8)
            {
                error = "more than eight IPv6 groups";
                return false;
            }

            groups[count++] = value;
            start = i + 1;
        }

        return true;
    }

    private static void WriteGroups(ReadOnlySpan<ushort> groups, Span<byte> bytes, int firstGroup)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            bytes[(firstGroup + g) * 2] = (byte)(groups[g] >> 8);
            bytes[((firstGroup + g) * 2) + 1] = (byte)groups[g];
        }
    }

    /// <summary>RFC 5952 §4 text of a 16-byte address.</summary>
    private static string FormatV6(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> suffix = default)
    {
        Span<int> groups = stackalloc int[8];
        for (var g = 0; g < 8; g++)
        {
            groups[g] = (bytes[g * 2] << 8) | bytes[(g * 2) + 1];
        }

        // Longest run of zero groups, at least two long; the first one wins a tie (§4.2.3).
        int bestStart = -1, bestLength = 1;
        for (var g = 0; g < 8;)
        {
            if (groups[g] != 0)
            {
                g++;
                continue;
            }

            var runStart = g;
            while (g < 8 && groups[g] == 0)
            {
                g++;
            }

            if (g - runStart > bestLength)
            {
                bestStart = runStart;
                bestLength = g - runStart;
            }
        }

        // At most 8 groups of 4 digits and 7 separators.
        Span<char> text = stackalloc char[39];
        var length = 0;
        for (var g = 0; g < 8; g++)
        {
            if (g == bestStart)
            {
                text[length++] = ':';
                text[length++] = ':';
                g += bestLength - 1;
                continue;
            }

            if (length > 0 && text[length - 1] != ':')
            {
                text[length++] = ':';
            }

            groups[g].TryFormat(text[length..], out var digits, "x", CultureInfo.InvariantCulture);
            length += digits;
        }

        return suffix.IsEmpty ? new string(text[..length]) : string.Concat(text[..length], suffix);
    }
}
