using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Pipeline;

/// <summary>
/// The output of one detection: rings by descending score, stage records, and the strongest links of
/// ring members and the identifiers derived at detection time (kept so an account's profile and the Neo4j graph can show why it is where it is).
/// </summary>
public sealed record DetectionResult(
    int Accounts,
    long Links,
    IReadOnlyList<Ring> Rings,
    IReadOnlyList<StageRecord> Stages,
    IReadOnlyList<AccountLink> StrongLinks,
    IReadOnlyList<DerivedObservation> DerivedObservations);
