using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Abstractions;

/// <summary>What is known of one account: its ring in the latest finished run, its identifiers with how many accounts share each, and its strongest links.</summary>
public sealed record AccountProfile(
    string Account,
    DateTimeOffset? CreatedAt,
    string? Org,
    string? Country,
    string? EmailDomain,
    AccountRingMembership? Ring,
    IReadOnlyList<SharedIdentifier> Identifiers,
    IReadOnlyList<AccountLinkView> StrongestLinks);

public sealed record AccountRingMembership(string RingId, string RunId, double Score, bool Flagged, int Size);

public sealed record SharedIdentifier(IdentifierKind Kind, string Value, int Accounts, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Count);

public sealed record AccountLinkView(string Account, double Weight, IReadOnlyList<string> Kinds);
