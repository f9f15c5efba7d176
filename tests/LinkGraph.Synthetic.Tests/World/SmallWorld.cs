using LinkGraph.Core.Events;
using LinkGraph.Synthetic.Evaluation;
using LinkGraph.Synthetic.World;

namespace LinkGraph.Synthetic.Tests.World;

/// <summary>One world-small, generated once per test assembly and read back through the engine's own NDJSON reader.</summary>
public sealed class SmallWorld
{
    public const ulong Seed = 2;

    public SmallWorld()
    {
        (EventsText, TruthText) = Generate(Seed);
        Results = [.. NdjsonEventReader.Read(new StringReader(EventsText))];
        Events = [.. Results.Where(r => r.IsValid).Select(r => r.Event!)];
        using var truth = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TruthText));
        Truth = GroundTruthReader.Read(truth);
    }

    public string EventsText { get; }

    public string TruthText { get; }

    public IReadOnlyList<EventReadResult> Results { get; }

    public IReadOnlyList<AccountEvent> Events { get; }

    public GroundTruth Truth { get; }

    public static (string Events, string Truth) Generate(ulong seed, string? grammar = null)
    {
        using var events = new StringWriter();
        using var truth = new StringWriter();
        WorldGenerator.Generate(new WorldOptions(WorldScenario.Small, seed, grammar), events, truth);
        return (events.ToString(), truth.ToString());
    }

    /// <summary>Accounts of each campaign (fraud) or group (legit), by label.</summary>
    public Dictionary<string, List<string>> Members(Func<AccountLabel, bool> which) =>
        Truth.Labels.Where(p => which(p.Value) && p.Value.Group is not null)
            .GroupBy(p => p.Value.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList(), StringComparer.Ordinal);

    /// <summary>For each value of one event type, the distinct accounts that sent it.</summary>
    public Dictionary<string, HashSet<string>> Holders(EventType type) =>
        Events.Where(e => e.Type == type)
            .GroupBy(e => e.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Account).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
