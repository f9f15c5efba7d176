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
    private static byte[]? t_content;

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

        var key = accountEvent.Id is { Length: > 0 } id ? "id:" + id : ContentKey(accountEvent, value);
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

    /// <summary>
    /// "h:" and the XXH64 hex of the UTF-8 content string. The pieces are encoded one by one straight into a per-thread
    /// buffer: the same bytes as encoding the joined string, since every text piece is followed by ';', so no
    /// surrogate pair can straddle two pieces.
    /// </summary>
    private static string ContentKey(AccountEvent e, string? value)
    {
        var content = t_content ??= new byte[1024];
        var length = 0;
        Append(ref content, ref length, (int)e.Type);
        Append(ref content, ref length, e.Account);
        Append(ref content, ref length, e.At.UtcTicks);
        Append(ref content, ref length, value);
        Append(ref content, ref length, e.EmailDomain);
        Append(ref content, ref length, e.Country);
        Append(ref content, ref length, e.Org);
        t_content = content;
        var hash = XxHash64.Hash(content.AsSpan(0, length));
        return string.Create(2 + XxHash64.HexLength, hash, static (chars, h) =>
        {
            chars[0] = 'h';
            chars[1] = ':';
            XxHash64.FormatHex(h, chars[2..]);
        });
    }

    /// <summary>The number's invariant decimal text, length-prefixed like any text.</summary>
    private static void Append(ref byte[] content, ref int length, long number)
    {
        Span<byte> digits = stackalloc byte[20];
        number.TryFormat(digits, out var count, provider: CultureInfo.InvariantCulture);
        Reserve(ref content, length, count + 24);
        length += WriteLength(content.AsSpan(length), count);
        digits[..count].CopyTo(content.AsSpan(length));
        length += count;
        content[length++] = (byte)';';
    }

    private static void Append(ref byte[] content, ref int length, string? text)
    {
        // Length-prefixed ("-" for absent) so field boundaries cannot shift between events.
        if (text is null)
        {
            Reserve(ref content, length, 2);
            content[length++] = (byte)'-';
            content[length++] = (byte)';';
            return;
        }

        Reserve(ref content, length, Encoding.UTF8.GetMaxByteCount(text.Length) + 24);
        length += WriteLength(content.AsSpan(length), text.Length);
        length += Encoding.UTF8.GetBytes(text, content.AsSpan(length));
        content[length++] = (byte)';';
    }

    /// <summary>Writes "N:" where N is the UTF-16 length, as the content string always had it.</summary>
    private static int WriteLength(Span<byte> destination, int count)
    {
        count.TryFormat(destination, out var written, provider: CultureInfo.InvariantCulture);
        destination[written] = (byte)':';
        return written + 1;
    }

    private static void Reserve(ref byte[] content, int length, int more)
    {
        if (content.Length - length < more)
        {
            Array.Resize(ref content, Math.Max(content.Length * 2, length + more));
        }
    }
}
