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
    byte[]? PromptSketch = null);
