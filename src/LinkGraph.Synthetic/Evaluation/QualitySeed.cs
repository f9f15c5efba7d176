namespace LinkGraph.Synthetic.Evaluation;

/// <summary>One seed of a quality run: the world it generated and how detection scored on it.</summary>
public sealed record QualitySeed(ulong Seed, string Grammar, long Accounts, long Events, double Seconds, EvaluationReport Report);
