using LinkGraph.Core.Hashing;

namespace LinkGraph.Core.Tests.Hashing;

public sealed class XxHash64Tests
{
    // Reference values of XXH64 with seed 0, as printed by the reference implementation.
    [Theory]
    [InlineData("", 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0x44BC2CF5AD770999UL)]
    [InlineData("Nobody inspects the spammish repetition", 0xFBCEA83C8A378BF1UL)]
    public void Hash_KnownInputs_MatchReferenceValues(string input, ulong expected)
    {
        Assert.Equal(expected, XxHash64.Hash(input));
    }

    [Fact]
    public void Hash_EveryLengthUpTo100_AgreesBetweenStringAndBytes()
    {
        var text = new string('x', 100);
        for (var length = 0; length <= 100; length++)
        {
            var part = text[..length];
            Assert.Equal(XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(part)), XxHash64.Hash(part));
        }
    }

    [Fact]
    public void Hash_DifferentSeeds_GiveDifferentHashes()
    {
        Assert.NotEqual(XxHash64.Hash("card_fp_9f8a21", 0), XxHash64.Hash("card_fp_9f8a21", 1));
    }

    [Fact]
    public void HashHex_IsSixteenLowerCaseHexDigits()
    {
        Assert.Equal("ef46db3751d8e999", XxHash64.HashHex(string.Empty));
        Assert.Matches("^[0-9a-f]{16}$", XxHash64.HashHex("anything at all, longer than thirty-two bytes for the stripe loop"));
    }
}
