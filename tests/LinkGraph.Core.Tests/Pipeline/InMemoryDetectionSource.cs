using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Pipeline;

/// <summary>An <see cref="IDetectionSource"/> built in memory, the way a store would aggregate events.</summary>
public sealed class InMemoryDetectionSource : IDetectionSource
{
    private readonly List<AccountRecord> _accounts = [];
    private readonly Dictionary<string, int> _accountIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(IdentifierKind, string), int> _identifierIds = [];
    private readonly List<IdentifierRecord> _identifiers = [];
    private readonly Dictionary<(int Ident, int Account), (DateTimeOffset First, DateTimeOffset Last, int Count)> _observations = [];
    private readonly List<PromptRecord> _prompts = [];
    private readonly SortedDictionary<int, byte[]> _sketches = [];

    public int MaxAccountId => _accounts.Count;

    public int MaxIdentifierId => _identifiers.Count;

    public int AccountCount => _accounts.Count;

    public string AddAccount(string external, DateTimeOffset created, string? org = null)
    {
        var id = _accounts.Count + 1;
        _accounts.Add(new AccountRecord(id, external, created, created, org, null, null));
        _accountIds[external] = id;
        return external;
    }

    public void Use(string account, IdentifierKind kind, string value, DateTimeOffset at)
    {
        var accountId = _accountIds[account];
        if (!_identifierIds.TryGetValue((kind, value), out var ident))
        {
            ident = _identifiers.Count + 1;
            _identifiers.Add(new IdentifierRecord(ident, kind, value));
            _identifierIds[(kind, value)] = ident;
        }

        _observations[(ident, accountId)] = _observations.TryGetValue((ident, accountId), out var o)
            ? (o.First < at ? o.First : at, o.Last > at ? o.Last : at, o.Count + 1)
            : (at, at, 1);
    }

    /// <summary>An IP use, with its /24 prefix as the store records it.</summary>
    public void UseIp(string account, string ip, DateTimeOffset at)
    {
        Use(account, IdentifierKind.Ip, ip, at);
        Use(account, IdentifierKind.IpPrefix, ip[..ip.LastIndexOf('.')] + ".0/24", at);
    }

    public void Prompt(string account, string text, DateTimeOffset at)
    {
        var exact = "px-" + XxHash64.HashHex(PromptNormalizer.Normalize(text));
        Use(account, IdentifierKind.PromptExact, exact, at);
        var ident = _identifierIds[(IdentifierKind.PromptExact, exact)];
        _prompts.Add(new PromptRecord(_accountIds[account], at, ident));
        if (PromptSketcher.Sketch(text) is { } sketch)
        {
            _sketches[ident] = sketch;
        }
    }

    public IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken) => _accounts;

    public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) => _identifiers;

    public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) =>
        _observations
            .OrderBy(o => o.Key.Ident).ThenBy(o => o.Key.Account)
            .Select(o => new ObservationRecord(o.Key.Account, o.Key.Ident, o.Value.First, o.Value.Last, o.Value.Count));

    /// <summary>In the order they were added, as a store gives them.</summary>
    public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) => _prompts;

    public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken) =>
        _sketches.Select(s => new PromptSketchRecord(s.Key, s.Value));
}
