using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World;

/// <summary>
/// The world under construction, as crowds and campaigns see it: they create accounts (labelled in the truth as
/// they are made) and emit events. Guarantees that every labelled account appears in at least one event.
/// </summary>
public sealed class Population
{
    private readonly TruthWriter _truth;
    private readonly List<string> _unitAccounts = [];
    private readonly HashSet<string> _unitActive = new(StringComparer.Ordinal);

    public Population(WorldParameters parameters, SharedInfrastructure shared, IdMint ids, EventSpool spool, TruthWriter truth, Prompts.IPromptGrammar grammar)
    {
        Parameters = parameters;
        Shared = shared;
        Ids = ids;
        Spool = spool;
        _truth = truth;
        Grammar = grammar;
    }

    public WorldParameters Parameters { get; }

    public SharedInfrastructure Shared { get; }

    public IdMint Ids { get; }

    public EventSpool Spool { get; }

    public Prompts.IPromptGrammar Grammar { get; }

    public long Accounts { get; private set; }

    public long StartMs => Parameters.StartMs;

    public long EndMs => Parameters.EndMs;

    /// <summary>Called every few thousand accounts, for progress reports on big worlds.</summary>
    public Action? Tick { get; set; }

    public string NewAccount(AccountLabel label)
    {
        var account = Ids.Account();
        _truth.Account(account, label);
        _unitAccounts.Add(account);
        Accounts++;
        if ((Accounts & 0x1FFF) == 0)
        {
            Tick?.Invoke();
        }

        return account;
    }

    public void Emit(EventType type, string account, long atMs, string value)
    {
        // Activity never leaves the window; sign-ups may predate it.
        if (atMs < StartMs || atMs >= EndMs)
        {
            return;
        }

        Spool.Add(type, account, atMs, value);
        _unitActive.Add(account);
    }

    public void Signup(string account, long atMs, string? emailDomain, string? country, string? org)
    {
        if (atMs >= EndMs)
        {
            return;
        }

        Spool.Add(EventType.Account, account, atMs, null, emailDomain, country, org);
        _unitActive.Add(account);
    }

    /// <summary>Ends a crowd or campaign: an account that produced nothing in the window gets one address event.</summary>
    public void EndUnit(Random random)
    {
        foreach (var account in _unitAccounts)
        {
            if (!_unitActive.Contains(account))
            {
                var at = StartMs + (long)(random.NextDouble() * (EndMs - StartMs));
                Spool.Add(EventType.Ip, account, at, IpSpace.Format(IpSpace.Host(Parameters.Isps[random.Next(Parameters.Isps.Length)], 16, (ulong)random.NextInt64())));
            }
        }

        _unitAccounts.Clear();
        _unitActive.Clear();
    }
}
