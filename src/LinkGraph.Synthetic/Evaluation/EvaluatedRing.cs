namespace LinkGraph.Synthetic.Evaluation;

/// <summary>The parts of a CONTRACT §2 ring that evaluation needs.</summary>
public sealed record EvaluatedRing(string Id, double Score, bool Flagged, IReadOnlyList<string> Accounts);
