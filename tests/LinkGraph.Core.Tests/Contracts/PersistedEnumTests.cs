using LinkGraph.Core.Events;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Contracts;

/// <summary>
/// These enums are written to the database: a renumbered member would silently re-label stored rows.
/// Change a value here only together with a migration.
/// </summary>
public sealed class PersistedEnumTests
{
    [Fact]
    public void IdentifierKind_Values_AreStable()
    {
        Assert.Equal(
            ["Payment=1", "Ip=2", "IpPrefix=3", "Device=4", "PromptExact=5", "PromptTemplate=6"],
            Enum.GetValues<IdentifierKind>().Select(v => $"{v}={(int)v}"));
    }

    [Fact]
    public void EventType_Values_AreStable()
    {
        Assert.Equal(
            ["Account=0", "Payment=1", "Ip=2", "Device=3", "Prompt=4"],
            Enum.GetValues<EventType>().Select(v => $"{v}={(int)v}"));
    }

    [Fact]
    public void RunState_Values_AreStable()
    {
        Assert.Equal(
            ["Queued=0", "Running=1", "Succeeded=2", "Failed=3"],
            Enum.GetValues<RunState>().Select(v => $"{v}={(int)v}"));
    }

    [Fact]
    public void SignalNames_MapEveryKind()
    {
        Assert.Equal(
            ["payment", "ip", "ip_prefix", "device", "prompt", "prompt"],
            Enum.GetValues<IdentifierKind>().Select(SignalNames.Of));
    }
}
