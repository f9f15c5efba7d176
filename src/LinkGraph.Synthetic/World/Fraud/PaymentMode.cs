namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>How a campaign pays.</summary>
public enum PaymentMode
{
    /// <summary>A card farm: each card reused by 3–30 accounts.</summary>
    CardFarm,

    /// <summary>Many distinct prepaid cards, one per account.</summary>
    Prepaid,

    /// <summary>A few stolen cards whose owners are honest customers of the service too.</summary>
    Stolen,
}
