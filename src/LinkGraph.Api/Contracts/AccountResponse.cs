using System.ComponentModel;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;

namespace LinkGraph.Api.Contracts;

[Description("One account: its ring in the latest succeeded run (null if none), its identifiers with how many accounts share each, its strongest links.")]
public sealed record AccountResponse(
    string Account,
    DateTimeOffset? CreatedAt,
    string? Org,
    string? Country,
    string? EmailDomain,
    AccountRingResponse? Ring,
    IReadOnlyList<IdentifierResponse> Identifiers,
    IReadOnlyList<LinkResponse> StrongestLinks)
{
    public static AccountResponse From(AccountProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new AccountResponse(
            profile.Account, profile.CreatedAt, profile.Org, profile.Country, profile.EmailDomain,
            profile.Ring is { } r ? new AccountRingResponse(r.RingId, r.RunId, r.Score, r.Flagged, r.Size) : null,
            profile.Identifiers.Select(i => new IdentifierResponse(SignalNames.Of(i.Kind), i.Value, i.Accounts, i.FirstSeen, i.LastSeen, i.Count)).ToList(),
            profile.StrongestLinks.Select(l => new LinkResponse(l.Account, l.Weight, l.Kinds)).ToList());
    }
}
