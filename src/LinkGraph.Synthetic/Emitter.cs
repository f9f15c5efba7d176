namespace LinkGraph.Synthetic;

/// <summary>Writes an account's events and its truth label; the one place that creates accounts.</summary>
public sealed class Emitter
{
    private readonly EventLineWriter _events;
    private readonly TruthWriter _truth;

    public Emitter(ScenarioWorld world, EventLineWriter events, TruthWriter truth)
    {
        ScenarioWorld = world;
        _events = events;
        _truth = truth;
    }

    public ScenarioWorld ScenarioWorld { get; }

    public long Events => _events.Events;

    public long Accounts => _truth.Accounts;

    public string NewAccount(long at, string emailDomain, string country, string? org, AccountLabel label)
    {
        var id = ScenarioWorld.NewAccountId();
        _events.Account(id, at, emailDomain, country, org);
        _truth.Account(id, label);
        return id;
    }

    public void Payment(string account, long at, string card) => _events.Observation("payment", account, at, card);

    public void Ip(string account, long at, string ip) => _events.Observation("ip", account, at, ip);

    public void Device(string account, long at, string device) => _events.Observation("device", account, at, device);

    public void Prompt(string account, long at, string text) => _events.Observation("prompt", account, at, text);
}
