using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;

namespace LinkGraph.Neo4j.Graph;

/// <summary>
/// The graph of one finished run, read through Core's ports: the run's rings, memberships, strongest links and
/// derived identifiers are held (they are bounded by ring members), while accounts, identifiers and
/// observations are streamed from the store on each enumeration (they may be millions). Rows come out in a
/// stable order (store id order, then ring order), so the same run always gives the same batches.
/// </summary>
public sealed class RunGraph
{
    private readonly IDetectionSource _source;
    private readonly string?[] _accountIds;
    private readonly Dictionary<string, (string RingId, double Score)> _membership;
    private readonly IReadOnlyList<DerivedObservation> _derived;

    private RunGraph(IDetectionSource source, RingsDocument document, IReadOnlyList<AccountLink> links, IReadOnlyList<DerivedObservation> derived, CancellationToken cancellationToken)
    {
        _source = source;
        _derived = derived;
        var summary = document.Run;
        RunId = summary.Id;
        Run = new RunRow(summary.Id, GraphTime.Format(summary.StartedAt), GraphTime.Format(summary.FinishedAt), summary.Accounts, summary.Links);
        _membership = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        var rings = new List<RingRow>(document.Rings.Count);
        var memberships = new List<MembershipRow>();
        foreach (var ring in document.Rings)
        {
            rings.Add(ToRow(ring));
            foreach (var account in ring.Accounts)
            {
                _membership[account] = (ring.Id, ring.Score);
                memberships.Add(new MembershipRow(account, ring.Id));
            }
        }

        Rings = rings;
        Memberships = memberships;
        Links = [.. links.Select(ToRow)];

        _accountIds = new string?[Math.Max(0, source.MaxAccountId) + 1];
        foreach (var account in source.ReadAccounts(cancellationToken))
        {
            _accountIds[account.Id] = account.ExternalId;
        }
    }

    public string RunId { get; }

    public RunRow Run { get; }

    public IReadOnlyList<RingRow> Rings { get; }

    public IReadOnlyList<MembershipRow> Memberships { get; }

    public IReadOnlyList<LinkRow> Links { get; }

    /// <summary>Loads run <paramref name="runId"/>, or the latest succeeded run when it is null.</summary>
    /// <exception cref="LinkGraphException"><c>run_not_found</c> when there is no such succeeded run.</exception>
    public static RunGraph Load(IDetectionSource source, IRunStore runs, string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(runs);
        var id = runId ?? runs.GetLatestSucceededRun()?.Id
            ?? throw new LinkGraphException("run_not_found", "No detection run has succeeded yet: run one before syncing or exporting the graph.");
        var document = runs.GetRingsDocument(id)
            ?? throw new LinkGraphException("run_not_found", $"Run '{id}' was not found or has not succeeded; only a succeeded run can be synced or exported.");
        return new RunGraph(source, document, runs.GetStrongLinks(id), runs.GetDerivedObservations(id), cancellationToken);
    }

    /// <summary>Every stored account, with its ring in this run (none: null ring, risk 0).</summary>
    public IEnumerable<AccountRow> Accounts(CancellationToken cancellationToken)
    {
        foreach (var account in _source.ReadAccounts(cancellationToken))
        {
            var ring = _membership.TryGetValue(account.ExternalId, out var m) ? m : default;
            yield return new AccountRow(
                account.ExternalId,
                GraphTime.Format(account.CreatedAt),
                GraphTime.Format(account.FirstSeen),
                account.Org,
                account.Country,
                account.EmailDomain,
                ring.RingId,
                ring.RingId is null ? 0.0 : ring.Score);
        }
    }

    /// <summary>Every stored identifier, then each identifier derived by this run once.</summary>
    public IEnumerable<(IdentifierKind Kind, IdentifierRow Row)> Identifiers(CancellationToken cancellationToken)
    {
        foreach (var identifier in _source.ReadIdentifiers(cancellationToken))
        {
            yield return (identifier.Kind, IdentifierNodes.Row(identifier.Kind, identifier.Value));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var derived in _derived)
        {
            var row = IdentifierNodes.Row(derived.Kind, derived.Value);
            if (seen.Add(row.Id))
            {
                yield return (derived.Kind, row);
            }
        }
    }

    /// <summary>Every stored observation, then the derived ones of this run.</summary>
    public IEnumerable<UsageRow> Usage(CancellationToken cancellationToken)
    {
        var keys = IdentifierKeysById(cancellationToken);
        foreach (var observation in _source.ReadObservations(cancellationToken))
        {
            var account = observation.AccountId < _accountIds.Length ? _accountIds[observation.AccountId] : null;
            var identifier = observation.IdentifierId < keys.Length ? keys[observation.IdentifierId] : null;
            if (account is null || identifier is null)
            {
                throw new LinkGraphException(
                    "store_inconsistent",
                    $"Observation of account #{observation.AccountId} and identifier #{observation.IdentifierId} names a row the store does not have.");
            }

            yield return new UsageRow(account, identifier, GraphTime.Format(observation.FirstSeen), GraphTime.Format(observation.LastSeen), observation.Count, null);
        }

        foreach (var derived in _derived)
        {
            yield return new UsageRow(
                derived.Account,
                IdentifierNodes.Key(derived.Kind, derived.Value),
                GraphTime.Format(derived.FirstSeen),
                GraphTime.Format(derived.LastSeen),
                derived.Count,
                RunId);
        }
    }

    private string?[] IdentifierKeysById(CancellationToken cancellationToken)
    {
        var keys = new string?[Math.Max(0, _source.MaxIdentifierId) + 1];
        foreach (var identifier in _source.ReadIdentifiers(cancellationToken))
        {
            keys[identifier.Id] = IdentifierNodes.Key(identifier.Kind, identifier.Value);
        }

        return keys;
    }

    private static RingRow ToRow(Ring ring)
    {
        int Shared(string signal) => ring.Signals.TryGetValue(signal, out var count) ? count : 0;
        return new RingRow(
            ring.Id,
            ring.Score,
            ring.Flagged,
            ring.Size,
            ring.Reasons,
            Shared(SignalNames.Payment),
            Shared(SignalNames.Ip),
            Shared(SignalNames.IpPrefix),
            Shared(SignalNames.Device),
            Shared(SignalNames.Prompt));
    }

    private static LinkRow ToRow(AccountLink link) =>
        string.CompareOrdinal(link.AccountA, link.AccountB) <= 0
            ? new LinkRow(link.AccountA, link.AccountB, link.Weight, link.Kinds)
            : new LinkRow(link.AccountB, link.AccountA, link.Weight, link.Kinds);
}
