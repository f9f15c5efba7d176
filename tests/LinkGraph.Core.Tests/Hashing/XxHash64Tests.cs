using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Hashing;

/// <remarks>
/// Stored event keys, prompt identifiers, template ids and ring ids are all XXH64 values. The known answers below
/// were computed by the hand-written implementation this class replaced with System.IO.Hashing: if one of them
/// changes, every existing store loses idempotency and every ring id changes.
/// </remarks>
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

    // Shapes of what is stored: event keys, account ids (ring ids), prompts, "kind\nvalue" node keys, non-ASCII
    // text.
    [Theory]
    [InlineData("", "ef46db3751d8e999", "d5afba1336a3be4b")]
    [InlineData("a", "d24ec4f1a98c6e5b", "dec2bc81c3cd46c6")]
    [InlineData("id:e1", "3bf069afeefffefa", "0cf9c69c50f83746")]
    [InlineData("id:ev-9", "605aca1bc068bec9", "ad8c85f25dd3c089")]
    [InlineData("acc_17", "fd9fde15f9f64b30", "c9625d81a4f26810")]
    [InlineData("acc_000123", "30fdc75dd7817f67", "2f3f0b0954f8ef76")]
    [InlineData("explain step by step: problem 0", "208531d062c477aa", "2d0d5f683c46342e")]
    [InlineData("card_fp_9f8a21", "e4ed839b5cd95ba6", "8d384de3bfeaf8f2")]
    [InlineData("payment\ncard_fp_9f8a21", "135d909b267f64b7", "d57f9d2168738946")]
    [InlineData("ip\n203.0.113.7", "292567f541dd9a7e", "1fb133af0cb4b31b")]
    [InlineData("\u00DCberweisung caf\u00E9 \u6771\u4EAC \uD83D\uDE80", "547604ed26993b00", "fc639b2507d09571")]
    [InlineData("Imagine the reasoning behind this answer and write out every step you would take to reach it, in detail.", "d064352230cbfd5f", "d628caf042e8342d")]
    public void HashHex_StoredKeyShapes_MatchFrozenValues(string input, string seed0, string seed1)
    {
        Assert.Equal(seed0, XxHash64.HashHex(input));
        Assert.Equal(seed1, XxHash64.HashHex(input, 1));
    }

    /// <remarks>Every length from 0 to 1,200 characters (UTF-8 of 0 to ~1,370 bytes: every tail branch, the
    /// 32-byte stripes, text encoded on the stack and in a pooled buffer) under four seeds, folded into one number.</remarks>
    [Fact]
    public void Hash_EveryLengthUpTo1200_FourSeeds_MatchFrozenFold()
    {
        ulong fold = 0;
        for (var length = 0; length <= 1200; length++)
        {
            var text = Pattern(length);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            foreach (var seed in new ulong[] { 0, 1, 0x9E3779B97F4A7C15UL, ulong.MaxValue })
            {
                var hash = XxHash64.Hash(text, seed);
                Assert.Equal(hash, XxHash64.Hash(bytes, seed));
                fold = unchecked((fold * 0x100000001B3UL) ^ hash);
            }
        }

        Assert.Equal(0x3968C8E926B52E42UL, fold);
    }

    [Fact]
    public void Normalize_StoredKeysAndPromptIdentifier_MatchFrozenValues()
    {
        var at = new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
        var normalizer = new EventNormalizer();

        var prompt = normalizer.Normalize(new AccountEvent(EventType.Prompt, "acc_17", at, "Imagine the reasoning behind this answer, step by step, for problem 12", Id: "evt-1"));
        var payment = normalizer.Normalize(new AccountEvent(EventType.Payment, "acc_17", at, "card_fp_9f8a21"));

        Assert.Equal(32987214345730033L, prompt.KeyHash);
        Assert.Equal(new Identifier(IdentifierKind.PromptExact, "14982f042b67e870"), prompt.Identifiers[0]);
        Assert.Equal(("h:841c3751c450b2a6", 6152737746171403644L), (payment.EventKey, payment.KeyHash));
    }

    /// <remarks>Not an InlineData row: test-case serialisation would replace the lone surrogate before the test saw it.</remarks>
    [Fact]
    public void HashHex_LoneSurrogate_HashedAsReplacementCharacter()
    {
        Assert.Equal("7b4b5d89bc921478", XxHash64.HashHex("x\uD800y"));
        Assert.Equal("d40ce34c4420925f", XxHash64.HashHex("x\uD800y", 1));
        Assert.Equal(XxHash64.HashHex("x\uFFFDy"), XxHash64.HashHex("x\uD800y"));
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

    private static string Pattern(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = i % 7 == 6 ? 'é' : (char)('a' + (((i * 7) + 3) % 26));
        }

        return new string(chars);
    }
}
