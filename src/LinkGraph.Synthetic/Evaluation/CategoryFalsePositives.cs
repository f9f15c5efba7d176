namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Legit accounts of one category caught in flagged rings, and the groups (households, companies …) they belong to.</summary>
public sealed record CategoryFalsePositives(string Category, int Accounts, int FlaggedAccounts, int Groups, int FlaggedGroups);
