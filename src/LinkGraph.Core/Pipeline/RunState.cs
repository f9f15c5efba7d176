namespace LinkGraph.Core.Pipeline;

/// <summary>Life cycle of a detection run. Persisted: values are append-only.</summary>
public enum RunState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
