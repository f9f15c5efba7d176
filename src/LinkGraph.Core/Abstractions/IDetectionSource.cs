namespace LinkGraph.Core.Abstractions;

/// <summary>
/// What a detection run reads: everything stored, streamed (the store may hold 20M observations, so
/// implementations must not materialise them). Ids are positive and dense-ish (store row ids); use
/// <see cref="MaxAccountId"/> and <see cref="MaxIdentifierId"/> to size arrays.
/// </summary>
public interface IDetectionSource
{
    int MaxAccountId { get; }

    int MaxIdentifierId { get; }

    IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken);

    IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken);

    /// <summary>Observations ordered by identifier id, then account id.</summary>
    IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken);

    /// <summary>Prompt events ordered by account id, then time.</summary>
    IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken);
}
