namespace LinkGraph.Core.Abstractions;

/// <summary>
/// What a detection run reads: everything stored, streamed (the store may hold 20M observations, so
/// implementations must not materialise them). Ids are positive and dense-ish (store row ids); use
/// <see cref="MaxAccountId"/> and <see cref="MaxIdentifierId"/> to size arrays. A detection run may enumerate
/// different record kinds at the same time, from different threads.
/// </summary>
public interface IDetectionSource
{
    int MaxAccountId { get; }

    int MaxIdentifierId { get; }

    IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken);

    IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken);

    /// <summary>Observations ordered by identifier id, then account id.</summary>
    IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken);

    /// <summary>
    /// Prompt events in the order they were stored (the cheapest order to read); the run orders them by account,
    /// then time, ties in this order.
    /// </summary>
    IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken);

    /// <summary>
    /// The sketch of each exact prompt that has one, once per identifier (prompts shorter than
    /// <see cref="Prompts.PromptSketcher.MinWords"/> words have none). Sketches no prompt event uses are ignored.
    /// </summary>
    IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken);
}
