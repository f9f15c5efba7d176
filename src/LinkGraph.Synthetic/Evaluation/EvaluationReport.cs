namespace LinkGraph.Synthetic.Evaluation;

/// <summary>
/// How well a rings file matches the ground truth, at the account level. An account is predicted fraud when
/// it sits in a flagged ring: true positives are fraud accounts in flagged rings, false positives legit ones,
/// false negatives fraud accounts in no flagged ring. Flagged accounts missing from the truth are counted
/// apart (<see cref="UnknownFlagged"/>) and left out of the figures.
/// </summary>
public sealed record EvaluationReport
{
    public required int Rings { get; init; }

    public required int FlaggedRings { get; init; }

    public required int TruthAccounts { get; init; }

    public required int FraudAccounts { get; init; }

    public required int TruePositives { get; init; }

    public required int FalsePositives { get; init; }

    public required int FalseNegatives { get; init; }

    public required int UnknownFlagged { get; init; }

    /// <summary>TP / (TP + FP); 0 when nothing is flagged.</summary>
    public required double Precision { get; init; }

    /// <summary>TP / (TP + FN); 0 when the truth has no fraud.</summary>
    public required double Recall { get; init; }

    public required double F1 { get; init; }

    /// <summary>
    /// Size-weighted purity of flagged rings: the share of their labelled accounts that belong to each ring's
    /// dominant origin (one campaign, or one legit group; a legit single is its own origin).
    /// </summary>
    public required double Purity { get; init; }

    /// <summary>Flagged rings whose labelled accounts all come from one origin.</summary>
    public required int PureRings { get; init; }

    public required IReadOnlyList<CategoryFalsePositives> FalsePositivesByCategory { get; init; }

    public required IReadOnlyList<CampaignRecall> Campaigns { get; init; }

    public required IReadOnlyList<KindRecall> Kinds { get; init; }
}
