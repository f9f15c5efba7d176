using System.Globalization;
using System.Text;
using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Signals;

/// <summary>
/// Turns a validated <see cref="AccountEvent"/> into what is stored: its idempotency key and its identifiers.
/// <list type="bullet">
/// <item>Key: <c>"id:" + id</c> when the event has an id, else <c>"h:" + XXH64</c> (16 hex digits) of a
/// canonical content string (type, account, UTC instant in ticks, canonical value, attributes; each field
/// length-prefixed so no two events share a string). With a 64-bit hash, two different id-less events
/// collide with probability about n²/2⁶⁵ (≈1e-5 for 20M events): the price of a compact key.</item>
/// <item>payment, device: the value as given, trimmed. ip: the canonical address plus its prefix
/// (<see cref="IdentifierKind.IpPrefix"/>). prompt: XXH64 hex of <see cref="PromptNormalizer"/> output as
/// <see cref="IdentifierKind.PromptExact"/>, plus an optional sketch of the normalised text; the raw text
/// goes no further.</item>
/// </list>
/// </summary>
public sealed class EventNormalizer
{
    // One buffer per thread: the importer normalises batches on several threads with one normaliser.
    [ThreadStatic]
    private static StringBuilder? t_content;

    private readonly Func<string, byte[]?>? _promptSketcher;

    /// <param name="promptSketcher">Maps normalised prompt text to near-duplicate sketch bytes; null stores no sketch.</param>
    public EventNormalizer(Func<string, byte[]?>? promptSketcher = null)
    {
        _promptSketcher = promptSketcher;
    }

    /// <summary>Normalises one event. Thread-safe when the prompt sketcher is.</summary>
    public NormalizedEvent Normalize(AccountEvent accountEvent)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);
        Identifier[] identifiers;
        byte[]? sketch = null;
        string? value = null;
        switch (accountEvent.Type)
        {
            case EventType.Account:
                identifiers = [];
                break;
            case EventType.Payment:
                value = Required(accountEvent).Trim();
                identifiers = [new Identifier(IdentifierKind.Payment, value)];
                break;
            case EventType.Device:
                value = Required(accountEvent).Trim();
                identifiers = [new Identifier(IdentifierKind.Device, value)];
                break;
            case EventType.Ip:
                var ip = IpAddressCanonicalizer.Canonicalize(Required(accountEvent));
                value = ip.Address;
                identifiers = [new Identifier(IdentifierKind.Ip, ip.Address), new Identifier(IdentifierKind.IpPrefix, ip.Prefix)];
                break;
            case EventType.Prompt:
                value = Required(accountEvent);
                var normalized = PromptNormalizer.Normalize(value);
                identifiers = [new Identifier(IdentifierKind.PromptExact, XxHash64.HashHex(normalized))];
                sketch = _promptSketcher?.Invoke(normalized);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(accountEvent), accountEvent.Type, "Unknown event type.");
        }

        var key = accountEvent.Id is { Length: > 0 } id ? "id:" + id : "h:" + ContentHash(accountEvent, value);
        return new NormalizedEvent(
            key,
            accountEvent.Type,
            accountEvent.Account,
            accountEvent.At,
            identifiers,
            accountEvent.EmailDomain,
            accountEvent.Country,
            accountEvent.Org,
            sketch);
    }

    private static string Required(AccountEvent accountEvent) =>
        accountEvent.Value ?? throw new ArgumentException($"A {accountEvent.Type} event needs a value.", nameof(accountEvent));

    private static string ContentHash(AccountEvent e, string? value)
    {
        var content = t_content ??= new StringBuilder();
        content.Clear();
        Append(content, (int)e.Type);
        Append(content, e.Account);
        Append(content, e.At.UtcTicks);
        Append(content, value);
        Append(content, e.EmailDomain);
        Append(content, e.Country);
        Append(content, e.Org);
        return XxHash64.HashHex(content.ToString());
    }

    /// <summary>The number's invariant decimal text, length-prefixed like any text; formatted without a string.</summary>
    private static void Append(StringBuilder content, long number)
    {
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        content.Append(length).Append(':').Append(digits[..length]).Append(';');
    }

    private static void Append(StringBuilder content, string? text)
    {
        // Length-prefixed ("-" for absent) so field boundaries cannot shift between events.
        if (text is null)
        {
            content.Append("-;");
            return;
        }

        content.Append(text.Length).Append(':').Append(text).Append(';');
    }
}
