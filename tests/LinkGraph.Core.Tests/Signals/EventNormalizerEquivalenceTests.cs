using System.Globalization;
using System.Text;
using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Signals;

/// <summary>
/// Keys, prompt hashes and canonical values are persisted: the normaliser must give what the plain definitions
/// below give (content string built whole, then UTF-8, XXH64 and "x16"; prompt text folded with a StringBuilder).
/// </summary>
public sealed class EventNormalizerEquivalenceTests
{
    private static readonly string[] Texts =
    [
        "acc_1", "a", "", " ", "gmail.com", "DE", "team-42", "Straße", "日本語", "😀 x", "\ud800", "a\udfff", "x\ud83d",
        "Explain STEP  by step 12 times\tplease", "٣٤٥ ½ Ⅻ", "İstanbul ΣΟΦΙΑ", "pm_402046_a3cf6efb73", "line\r\nbreak",
    ];

    [Fact]
    public void Normalize_RandomEventsWithoutId_KeyMatchesReferenceContentHash()
    {
        var random = new Random(5);
        var normalizer = new EventNormalizer();
        for (var i = 0; i < 3000; i++)
        {
            var type = (EventType)random.Next(5);
            var at = new DateTimeOffset(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero);
            var value = type switch
            {
                EventType.Account => null,
                EventType.Ip => random.Next(2) == 0 ? "10.1.2." + random.Next(256) : "2001:db8::" + random.Next(1, 999),
                _ => RandomText(random, random.Next(4) == 0 ? 2000 : 40),
            };
            var accountEvent = type == EventType.Account
                ? new AccountEvent(type, RandomText(random, 10), at, null, EmailDomain: Maybe(random), Country: Maybe(random), Org: Maybe(random))
                : new AccountEvent(type, RandomText(random, 10), at, value);

            var normalized = normalizer.Normalize(accountEvent);

            var stored = type switch
            {
                EventType.Account => null,
                EventType.Prompt => value,
                EventType.Ip => IpAddressCanonicalizer.Canonicalize(value!).Address,
                _ => value!.Trim(),
            };
            Assert.Equal(ReferenceKey(accountEvent, stored), normalized.EventKey);
            if (type == EventType.Prompt)
            {
                var hex = XxHash64.Hash(Encoding.UTF8.GetBytes(ReferenceNormalize(value!))).ToString("x16", CultureInfo.InvariantCulture);
                Assert.Equal(hex, Assert.Single(normalized.Identifiers).Value);
            }
        }
    }

    [Fact]
    public void Normalize_RandomPromptText_MatchesReferenceFolding()
    {
        var random = new Random(9);
        foreach (var text in Texts.Concat(Enumerable.Range(0, 2000).Select(i => RandomText(random, i % 50 == 0 ? 3000 : random.Next(0, 80)))))
        {
            Assert.Equal(ReferenceNormalize(text), PromptNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void Normalize_EveryUtf16CodeUnit_MatchesReferenceFolding()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"A{(char)c}1{(char)c}{(char)c}b";
            Assert.Equal(ReferenceNormalize(text), PromptNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void HashHex_RandomText_MatchesX16Formatting()
    {
        var random = new Random(3);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random, random.Next(0, i % 10 == 0 ? 1000 : 60));
            Assert.Equal(XxHash64.Hash(Encoding.UTF8.GetBytes(text)).ToString("x16", CultureInfo.InvariantCulture), XxHash64.HashHex(text));
        }
    }

    private static string ReferenceKey(AccountEvent e, string? value)
    {
        var content = new StringBuilder();
        Append(content, ((int)e.Type).ToString(CultureInfo.InvariantCulture));
        Append(content, e.Account);
        Append(content, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(content, value);
        Append(content, e.EmailDomain);
        Append(content, e.Country);
        Append(content, e.Org);
        return "h:" + XxHash64.Hash(Encoding.UTF8.GetBytes(content.ToString())).ToString("x16", CultureInfo.InvariantCulture);

        static void Append(StringBuilder content, string? text) =>
            content.Append(text is null ? "-;" : string.Create(CultureInfo.InvariantCulture, $"{text.Length}:{text};"));
    }

    private static string ReferenceNormalize(string text)
    {
        var sb = new StringBuilder();
        var pendingSpace = false;
        var inDigits = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                inDigits = false;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (char.IsDigit(c))
            {
                sb.Append(inDigits ? string.Empty : "0");
                inDigits = true;
                continue;
            }

            inDigits = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string? Maybe(Random random) => random.Next(3) == 0 ? null : Texts[random.Next(Texts.Length)];

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            sb.Append(random.Next(3) == 0 ? Texts[random.Next(Texts.Length)] : ((char)random.Next(0x20, 0x250)).ToString());
        }

        return sb.ToString();
    }
}
