namespace LinkGraph.Core.Signals;

/// <summary>An IP address in canonical text and the network it belongs to (/24 for IPv4, /64 for IPv6).</summary>
/// <param name="Address">Dotted-quad IPv4 or RFC 5952 IPv6 text; IPv4-mapped IPv6 addresses are given as IPv4.</param>
/// <param name="Prefix">The network in CIDR text, e.g. <c>203.0.113.0/24</c> or <c>2001:db8:1:2::/64</c>.</param>
public readonly record struct CanonicalIp(string Address, string Prefix);
