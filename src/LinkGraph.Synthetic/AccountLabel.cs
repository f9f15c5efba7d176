namespace LinkGraph.Synthetic;

/// <summary>
/// Where an account came from: a legit <paramref name="Category"/> (with its group, null for singles) or a
/// fraud campaign (<paramref name="Category"/> is then the campaign kind and <paramref name="Group"/> its id).
/// </summary>
public readonly record struct AccountLabel(bool IsFraud, string Category, string? Group)
{
    public static AccountLabel LegitIn(string category, string? group) => new(false, category, group);

    public static AccountLabel FraudIn(string kind, string campaign) => new(true, kind, campaign);
}
