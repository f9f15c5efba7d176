namespace LinkGraph.Graph.Community;

/// <summary>Settings of <see cref="Leiden.Run"/>; defaults in the property docs.</summary>
public sealed record LeidenOptions
{
    /// <summary>Quality function; default <see cref="LeidenObjective.Modularity"/>.</summary>
    public LeidenObjective Objective { get; init; } = LeidenObjective.Modularity;

    /// <summary>Resolution γ, finite and ≥ 0; default 1. Higher values give more, smaller communities.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Seed of the random node orders and refinement choices; the same seed gives the same output.</summary>
    public int Seed { get; init; }

    /// <summary>Number of Leiden iterations; negative (default −1) runs until an iteration changes nothing.</summary>
    public int Iterations { get; init; } = -1;

    /// <summary>Randomness of the refinement phase (θ in the paper), finite and &gt; 0; default 0.01 as in igraph.</summary>
    public double Beta { get; init; } = 0.01;

    /// <summary>Starting partition (warm start), one community id ≥ 0 per node; <c>null</c> starts from singletons.</summary>
    public int[]? InitialMembership { get; init; }

    /// <summary>Threads Leiden may use, ≥ 1; default 1 (see the README for why more is not used yet).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
