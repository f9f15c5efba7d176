using LinkGraph.Core.Abstractions;

namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>An in-memory store of accounts, identifiers and observations, read in id order like the SQLite one.</summary>
public sealed class FakeDetectionSource(
    IReadOnlyList<AccountRecord> accounts,
    IReadOnlyList<IdentifierRecord> identifiers,
    IReadOnlyList<ObservationRecord> observations) : IDetectionSource
{
    public int MaxAccountId => accounts.Count == 0 ? 0 : accounts.Max(a => a.Id);

    public int MaxIdentifierId => identifiers.Count == 0 ? 0 : identifiers.Max(i => i.Id);

    public IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken) => accounts.OrderBy(a => a.Id);

    public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) => identifiers.OrderBy(i => i.Id);

    public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) =>
        observations.OrderBy(o => o.IdentifierId).ThenBy(o => o.AccountId);

    public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) => [];

    public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken) => [];
}
