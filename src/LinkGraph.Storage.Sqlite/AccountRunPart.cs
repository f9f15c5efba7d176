using LinkGraph.Core.Abstractions;

namespace LinkGraph.Storage.Sqlite;

/// <summary>What one published run says about an account: its ring, strongest links and derived identifiers. Immutable.</summary>
internal sealed record AccountRunPart(AccountRingMembership? Ring, IReadOnlyList<AccountLinkView> Links, IReadOnlyList<SharedIdentifier> Derived)
{
    public static AccountRunPart None { get; } = new(null, [], []);
}
