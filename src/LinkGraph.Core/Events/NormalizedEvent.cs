using LinkGraph.Core.Hashing;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Events;

/// <summary>
/// An event after normalisation, ready to store. Holds no raw prompt text: a prompt becomes its
/// exact-template hash identifier plus a similarity sketch.
/// </summary>
/// <param name="EventKey">Idempotency key: "id:" + the event id, or "h:" + a content hash when no id was given.</param>
/// <param name="Identifiers">The identifiers this event observes for the account (e.g. an IP and its prefix).</param>
/// <param name="PromptSketch">Near-duplicate sketch of a prompt event; null for other types.</param>
public sealed record NormalizedEvent(
    string EventKey,
    EventType Type,
    string Account,
    DateTimeOffset At,
    IReadOnlyList<Identifier> Identifiers,
    string? EmailDomain = null,
    string? Country = null,
    string? Org = null,
    byte[]? PromptSketch = null)
{
    // Hashed when the event is built, which is where it is normalised: often another thread than the store's
    // single writer. A copy made with a different EventKey (a `with` expression) hashes its own key.
    private readonly string _hashedKey = EventKey;
    private readonly long _keyHash = HashKey(EventKey);

    /// <summary>XXH64 of <see cref="EventKey"/> (UTF-8) as a signed 64-bit integer: the key a store keeps for idempotency.</summary>
    public long KeyHash => ReferenceEquals(_hashedKey, EventKey) ? _keyHash : HashKey(EventKey);

    private static long HashKey(string eventKey) => eventKey is null ? 0 : unchecked((long)XxHash64.Hash(eventKey));
}
