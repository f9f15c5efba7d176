namespace LinkGraph.Core.Options;

/// <summary>How strong-link components are turned into rings.</summary>
public enum ClusteringMethod
{
    /// <summary>Leiden community detection inside each strong-link component (splits giant components).</summary>
    Leiden = 0,

    /// <summary>Weakly connected components of the strong links, unsplit.</summary>
    Components = 1,
}
