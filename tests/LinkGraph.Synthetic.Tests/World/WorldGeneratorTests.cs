using LinkGraph.Core.Events;
using LinkGraph.Synthetic.World;

[assembly: AssemblyFixture(typeof(LinkGraph.Synthetic.Tests.World.SmallWorld))]

namespace LinkGraph.Synthetic.Tests.World;

public sealed class WorldGeneratorTests(SmallWorld world)
{
    [Fact]
    public void Generate_SameSeedTwice_ByteIdentical()
    {
        var (events, truth) = SmallWorld.Generate(SmallWorld.Seed);

        Assert.Equal(world.EventsText, events);
        Assert.Equal(world.TruthText, truth);
    }

    [Fact]
    public void Generate_OtherSeed_DifferentWorld()
    {
        var (events, _) = SmallWorld.Generate(SmallWorld.Seed + 2);

        Assert.NotEqual(world.EventsText, events);
    }

    [Fact]
    public void Generate_EveryLine_ValidPerContract()
    {
        var rejected = world.Results.Where(r => !r.IsValid).Take(5).Select(r => r.Rejection!.ToString()).ToList();

        Assert.Empty(rejected);
        Assert.Equal(world.EventsText.Count(c => c == '\n'), world.Results.Count);
    }

    [Fact]
    public void Generate_TruthAndEvents_CoverTheSameAccounts()
    {
        var inEvents = world.Events.Select(e => e.Account).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inEvents.Where(a => !world.Truth.Labels.ContainsKey(a)).Take(5));
        Assert.Empty(world.Truth.Labels.Keys.Where(a => !inEvents.Contains(a)).Take(5));
    }

    [Fact]
    public void Generate_Small_SizeAndFraudShareInRange()
    {
        var fraud = world.Truth.Labels.Values.Count(l => l.IsFraud);

        Assert.InRange(world.Truth.Count, 9_000, 11_000);
        Assert.InRange(fraud / (double)world.Truth.Count, 0.05, 0.15);
    }

    [Fact]
    public void Generate_Small_EveryKindAndCategoryPresent()
    {
        var labels = world.Truth.Labels.Values;

        foreach (var kind in WorldLabels.FraudKinds)
        {
            Assert.True(labels.Where(l => l.IsFraud && l.Category == kind).Select(l => l.Group).Distinct().Count() >= 2, $"fewer than two {kind} campaigns");
        }

        foreach (var category in WorldLabels.HonestCategories)
        {
            Assert.Contains(labels, l => !l.IsFraud && l.Category == category);
        }
    }

    [Fact]
    public void Generate_ClassicRings_ThreeToFifteenAccounts()
    {
        var rings = world.Members(l => l.IsFraud && l.Category == WorldLabels.ClassicRing);

        Assert.NotEmpty(rings);
        Assert.All(rings.Values, r => Assert.InRange(r.Count, 3, 15));
    }

    [Fact]
    public void Generate_AccountIds_OpaqueAndUnrelatedToLabels()
    {
        Assert.All(world.Truth.Labels.Keys, a => Assert.Matches("^u[0-9a-f]{16}$", a));
    }

    [Fact]
    public void Generate_Timestamps_OutOfOrderAndOffsetOrMinutePrecision()
    {
        var times = world.Events.Select(e => e.At).ToList();
        var inversions = times.Zip(times.Skip(1)).Count(p => p.Second < p.First);

        Assert.True(inversions > times.Count / 100, $"only {inversions} inversions");
        Assert.Contains(world.Events, e => e.At.Offset != TimeSpan.Zero || e.At.Second == 0);
    }

    [Fact]
    public void Generate_SomeIds_DeliveredTwice()
    {
        var repeated = world.Events.Where(e => e.Id is not null).GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();

        Assert.NotEmpty(repeated);
        Assert.All(repeated.Take(20), g => Assert.Single(g.Select(e => (e.Type, e.Account, e.At, e.Value)).Distinct()));
    }

    [Fact]
    public void Generate_SomeAccounts_ActiveBeforeTheirSignupRecordOrWithoutOne()
    {
        var signups = world.Events.Where(e => e.Type == EventType.Account).GroupBy(e => e.Account).ToDictionary(g => g.Key, g => g.Min(e => e.At));
        var first = world.Events.Where(e => e.Type != EventType.Account).GroupBy(e => e.Account).ToDictionary(g => g.Key, g => g.Min(e => e.At));

        Assert.Contains(first, p => !signups.ContainsKey(p.Key));
        Assert.Contains(first, p => signups.TryGetValue(p.Key, out var s) && s > p.Value);
    }
}
