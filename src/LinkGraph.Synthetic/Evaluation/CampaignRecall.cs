namespace LinkGraph.Synthetic.Evaluation;

/// <summary>How much of one campaign was caught, and into how many flagged rings it was split.</summary>
public sealed record CampaignRecall(string Campaign, string Kind, int Accounts, int Caught, double Recall, int Rings);
