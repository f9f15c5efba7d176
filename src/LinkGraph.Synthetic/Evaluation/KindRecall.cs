namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Recall over all campaigns of one kind (hydra, card_farm, card_ring, stealth …).</summary>
public sealed record KindRecall(string Kind, int Campaigns, int Accounts, int Caught, double Recall);
