namespace LinkGraph.Core.Options;

/// <summary>
/// Knobs of a detection run. Defaults are the tuned values documented in the README
/// ("How detection works"); <see cref="DetectionOptionsValidator"/> checks them all at once.
/// </summary>
public sealed class DetectionOptions
{
    /// <summary>Rings scoring at least this are <c>flagged</c>.</summary>
    public double FlagThreshold { get; set; } = 0.5;

    /// <summary>How strong-link components become rings.</summary>
    public ClusteringMethod Clustering { get; set; } = ClusteringMethod.Leiden;

    /// <summary>With Leiden, only strong-link components of at least this many accounts are split.</summary>
    public int LeidenMinComponent { get; set; } = 500;

    /// <summary>Leiden resolution (modularity) inside each strong-link component.</summary>
    public double Resolution { get; set; } = 1.0;

    /// <summary>Seed of every randomised step, so the same input gives the same rings.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>An account pair is a strong link when its summed weight (bits, see LinkWeights) reaches this.</summary>
    public double StrongLinkThreshold { get; set; } = 12.0;

    /// <summary>Identifiers shared by at most this many accounts link every pair; larger ones link temporal neighbours only.</summary>
    public int CliqueMaxAccounts { get; set; } = 12;

    /// <summary>In a large group, each account links to at most this many next accounts by first use.</summary>
    public int TemporalNeighbours { get; set; } = 10;

    /// <summary>In a large group, accounts whose first uses are further apart than this are not linked.</summary>
    public TimeSpan LockstepWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Prompts of one shared prompt identifier in the same bucket of this length share a wave token (see LinkWeights.WaveBits); zero turns waves off.</summary>
    public TimeSpan WaveBucket { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Ring synchrony features count members created (or first prompting) within one window this long.</summary>
    public TimeSpan SynchronyWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Jaccard similarity of word 3-shingles (estimated on sketches: the share of equal minima) from which a prompt
    /// joins a template's leader. Slot-filled, paraphrased instances of one template share only its skeleton, often
    /// a tenth of their shingles; 0.1 asks for 7 of 64 equal minima, which unrelated prompts (sharing a common phrase
    /// or two) rarely reach. Honest templates found this way (a course assignment, a pipeline) are weighed by the
    /// ring score, not trusted.
    /// </summary>
    public double TemplateJaccard { get; set; } = 0.1;

    /// <summary>At most this many strong links per ring member are returned for profiles and graph export.</summary>
    public int StrongLinksPerAccount { get; set; } = 3;

    /// <summary>At most this many evidence rows per ring.</summary>
    public int EvidencePerRing { get; set; } = 12;
}
