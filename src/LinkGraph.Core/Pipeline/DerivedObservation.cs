using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Pipeline;

/// <summary>
/// An identifier found at detection time rather than stored at ingest (a prompt template cluster): which
/// account used it, when, and how often. Kept with the run so profiles and the Neo4j graph can show it.
/// </summary>
public sealed record DerivedObservation(string Account, IdentifierKind Kind, string Value, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Count);
