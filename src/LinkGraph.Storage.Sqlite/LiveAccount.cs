namespace LinkGraph.Storage.Sqlite;

/// <summary>What the event store holds on an account now (it changes with every import, unlike a run's read model).</summary>
internal sealed record LiveAccount(DateTimeOffset? CreatedAt, string? EmailDomain, string? Country, string? Org, List<LiveIdentifier> Identifiers);
