namespace LinkGraph.Graph.Community;

/// <summary>The quality function Leiden maximises.</summary>
public enum LeidenObjective
{
    /// <summary>Newman–Girvan modularity with resolution γ: Σ_c [ e_c / m − γ (K_c / 2m)² ].</summary>
    Modularity = 0,

    /// <summary>Constant Potts model (Traag, Van Dooren &amp; Nesterov 2011): Σ_c [ e_c − γ n_c (n_c − 1) / 2 ].</summary>
    Cpm = 1,
}
