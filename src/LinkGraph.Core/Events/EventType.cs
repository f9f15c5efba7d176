namespace LinkGraph.Core.Events;

/// <summary>The kind of an input event (docs/contract.md §1). Persisted: values are append-only.</summary>
public enum EventType
{
    Account = 0,
    Payment = 1,
    Ip = 2,
    Device = 3,
    Prompt = 4,
}
