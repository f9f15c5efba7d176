namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// Divides a world's fraud accounts among the four kinds and cuts each kind into campaigns: proxy-pool campaigns
/// of dozens to tens of thousands, datacenter and stealth campaigns, and many classic rings of 3–15. Every kind
/// has at least two campaigns; a card farm and a fully bought campaign exist in every world.
/// </summary>
public static class FraudPlan
{
    public static int Emit(Population population, ulong seed, int fraudAccounts, Action onCampaign)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(onCampaign);
        var random = SeedMix.For(seed, 0xF0);
        var weights = population.Parameters.FraudWeights;
        var total = weights.Values.Sum();
        var budget = WorldLabels.FraudKinds.ToDictionary(k => k, k => (int)(fraudAccounts * weights[k] / total), StringComparer.Ordinal);
        var campaigns = 0;
        var scale = Math.Max(1, fraudAccounts / 1000.0);

        var proxy = Split(random, budget[WorldLabels.ProxyPool], (int)Math.Round(random.Next(2, 6) * Math.Sqrt(scale)), 20);
        var datacenter = Split(random, budget[WorldLabels.Datacenter], (int)Math.Round(random.Next(2, 5) * Math.Pow(scale, 0.4)), 10);
        var traits = new List<CampaignTraits>();
        foreach (var _ in proxy)
        {
            traits.Add(CampaignTraits.Draw(population, random, 0.3, 0.6));
        }

        foreach (var _ in datacenter)
        {
            traits.Add(CampaignTraits.Draw(population, random, 0.4, 0.2, paced: random.NextDouble() < 0.7, apiClient: true));
        }

        if (!traits.Any(t => t.Payment == PaymentMode.CardFarm))
        {
            traits[random.Next(traits.Count)].Payment = PaymentMode.CardFarm;
        }

        if (!traits.Any(t => t.BoughtShare >= 1))
        {
            traits[random.Next(traits.Count)].BoughtShare = 1;
        }

        for (var i = 0; i < proxy.Count; i++)
        {
            ProxyPoolCampaign.Emit(population, SeedMix.For(seed, 0xF1, (ulong)i), CampaignId(random), proxy[i], traits[i]);
            campaigns++;
            onCampaign();
        }

        for (var i = 0; i < datacenter.Count; i++)
        {
            DatacenterCampaign.Emit(population, SeedMix.For(seed, 0xF2, (ulong)i), CampaignId(random), datacenter[i], traits[proxy.Count + i]);
            campaigns++;
            onCampaign();
        }

        var stealth = Split(random, budget[WorldLabels.Stealth], (int)Math.Round(random.Next(2, 5) * Math.Pow(scale, 0.4)), 8);
        for (var i = 0; i < stealth.Count; i++)
        {
            StealthCampaign.Emit(population, SeedMix.For(seed, 0xF3, (ulong)i), CampaignId(random), stealth[i]);
            campaigns++;
            onCampaign();
        }

        var left = budget[WorldLabels.ClassicRing] + fraudAccounts - budget.Values.Sum();
        var ring = 0;
        while (left >= 3 || ring < 2)
        {
            var size = Math.Min(random.Next(3, 16), Math.Max(3, left));
            ClassicRing.Emit(population, SeedMix.For(seed, 0xF4, (ulong)ring), CampaignId(random), size);
            left -= size;
            ring++;
            campaigns++;
        }

        onCampaign();
        return campaigns;
    }

    private static string CampaignId(Random random) => "k" + IdMint.Hex((ulong)random.NextInt64())[..10];

    /// <summary>Cuts <paramref name="budget"/> into at least two campaigns of at least <paramref name="min"/> with random (skewed) weights.</summary>
    private static List<int> Split(Random random, int budget, int count, int min)
    {
        count = Math.Clamp(count, 2, Math.Max(2, budget / min));
        var weights = Enumerable.Range(0, count).Select(_ => WorldParameters.LogUniform(random, 1, 20)).ToArray();
        var sum = weights.Sum();
        var sizes = weights.Select(w => Math.Max(min, (int)(budget * w / sum))).ToList();
        return sizes;
    }
}
