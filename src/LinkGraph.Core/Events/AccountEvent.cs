namespace LinkGraph.Core.Events;

/// <summary>
/// One validated input event, as docs/contract.md §1 defines it. <see cref="Value"/> is null only for
/// <see cref="EventType.Account"/>; the account attributes are set only on account events.
/// </summary>
/// <param name="Line">1-based line (or CSV record) number in its source, for error messages.</param>
public sealed record AccountEvent(
    EventType Type,
    string Account,
    DateTimeOffset At,
    string? Value,
    string? Id = null,
    string? EmailDomain = null,
    string? Country = null,
    string? Org = null,
    long Line = 0);
