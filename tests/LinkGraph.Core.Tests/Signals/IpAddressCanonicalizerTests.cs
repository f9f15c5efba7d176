using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Signals;

public sealed class IpAddressCanonicalizerTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7", "203.0.113.0/24")]
    [InlineData(" 10.1.2.3 ", "10.1.2.3", "10.1.2.0/24")]
    [InlineData("0.0.0.0", "0.0.0.0", "0.0.0.0/24")]
    [InlineData("255.255.255.255", "255.255.255.255", "255.255.255.0/24")]
    [InlineData("2001:DB8::1", "2001:db8::1", "2001:db8::/64")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1", "2001:db8::/64")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", "2001:db8::/64")]
    [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1", "2001:db8:0:1::/64")]
    [InlineData("2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff", "2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff", "2001:db8:aaaa:bbbb::/64")]
    [InlineData("2001:0:0:1:0:0:0:1", "2001:0:0:1::1", "2001:0:0:1::/64")]
    [InlineData("::", "::", "::/64")]
    [InlineData("::1", "::1", "::/64")]
    [InlineData("1::", "1::", "1::/64")]
    [InlineData("fe80::1:2", "fe80::1:2", "fe80::/64")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7", "203.0.113.0/24")]
    [InlineData("::FFFF:cb00:7107", "203.0.113.7", "203.0.113.0/24")]
    [InlineData("0:0:0:0:0:ffff:10.0.0.1", "10.0.0.1", "10.0.0.0/24")]
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221", "64:ff9b::/64")]
    [InlineData("::192.0.2.33", "::c000:221", "::/64")]
    public void TryCanonicalize_Valid_GivesCanonicalAddressAndPrefix(string text, string address, string prefix)
    {
        Assert.True(IpAddressCanonicalizer.TryCanonicalize(text, out var ip, out var error), error);
        Assert.Equal(new CanonicalIp(address, prefix), ip);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("1.2.3", "four decimal octets")]
    [InlineData("1.2.3.4.5", "four decimal octets")]
    [InlineData("1.2.3.256", "above 255")]
    [InlineData("01.2.3.4", "leading zeros")]
    [InlineData("1.2.3.-4", "four decimal octets")]
    [InlineData("1.2..4", "four decimal octets")]
    [InlineData("0x7f.0.0.1", "four decimal octets")]
    [InlineData("127.1", "four decimal octets")]
    [InlineData("1.2.3.4/24", "four decimal octets")]
    [InlineData("example.com", "four decimal octets")]
    [InlineData("fe80::1%eth0", "zone ids")]
    [InlineData("[::1]", "hex digits")]
    [InlineData("1::2::3", "only once")]
    [InlineData("1:2:3:4:5:6:7", "eight groups")]
    [InlineData("1:2:3:4:5:6:7:8:9", "more than eight")]
    [InlineData("1:2:3:4::5:6:7:8", "too many groups")]
    [InlineData("12345::1", "one to four hex digits")]
    [InlineData("g::1", "one to four hex digits")]
    [InlineData(":1:2:3:4:5:6:7", "one to four hex digits")]
    [InlineData("1:2:3:4:5:6:7:", "one to four hex digits")]
    [InlineData("::1.2.3.4:5", "dotted IPv4")]
    [InlineData("1.2.3.4::", "must come last")]
    [InlineData("::256.1.1.1", "dotted IPv4")]
    [InlineData("2001:db8::/64", "one to four hex digits")]
    public void TryCanonicalize_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(IpAddressCanonicalizer.TryCanonicalize(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalize_Invalid_ThrowsWithTheText()
    {
        var ex = Assert.Throws<ArgumentException>(() => IpAddressCanonicalizer.Canonicalize("nope"));

        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }
}
