namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A datacenter campaign: addresses in one cloud provider's /24 to /16, API-client fingerprints, programmatic
/// pacing, templated prompts with little paraphrase; some declare an organisation.
/// </summary>
internal static class DatacenterCampaign
{
    public static void Emit(Population population, Random random, string campaign, int size, CampaignTraits traits)
    {
        var blockBase = population.Shared.CloudBlocks[random.Next(population.Shared.CloudBlocks.Count)];
        var prefixLength = random.Next(16, 25);
        var block = IpSpace.Block(random, blockBase, prefixLength);
        var sticky = random.NextDouble() < 0.5;
        var key = (ulong)random.NextInt64();
        var playbook = new Playbook(random, population.Grammar, 1, 6, 0, 0.5, 0.2, population.Parameters.ReleaseMs);
        ProxyPoolCampaign.Run(population, random, campaign, WorldLabels.Datacenter, size, traits, playbook,
            r => IpSpace.Format(IpSpace.Host(block, prefixLength, (ulong)r.NextInt64())), addressPerRequest: false,
            sticky ? (_, member) => IpSpace.Format(IpSpace.Host(block, prefixLength, SeedMix.Mix(key, (ulong)member))) : null);
    }
}
