namespace LinkGraph.Core.Events;

/// <summary>What a reader yields for one non-blank input line: either a valid event or why the line was rejected.</summary>
public readonly record struct EventReadResult
{
    private EventReadResult(AccountEvent? accountEvent, EventRejection? rejection)
    {
        Event = accountEvent;
        Rejection = rejection;
    }

    /// <summary>The event; null when the line was rejected.</summary>
    public AccountEvent? Event { get; }

    /// <summary>Why the line was rejected; null when it is valid.</summary>
    public EventRejection? Rejection { get; }

    public bool IsValid => Event is not null;

    public static EventReadResult Valid(AccountEvent accountEvent)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);
        return new EventReadResult(accountEvent, null);
    }

    public static EventReadResult Rejected(long line, string field, string reason) =>
        new(null, new EventRejection(line, field, reason));
}
