namespace LinkGraph.Core.Rings;

/// <summary>The counts one ring is scored and explained from (all from its members' own records).</summary>
internal sealed class RingStats
{
    public const int KindSlots = 8;

    /// <summary>How many of the most used shared prompt identifiers count as "a few templates".</summary>
    public const int TopTemplateCount = 5;

    public int Size { get; set; }

    /// <summary>Identifiers of each kind (index = IdentifierKind) used by at least two members.</summary>
    public int[] SharedIdentifiers { get; } = new int[KindSlots];

    /// <summary>Members holding at least one identifier of the kind that another member also holds.</summary>
    public int[] MembersSharing { get; } = new int[KindSlots];

    /// <summary>Members holding any identifier of the kind, and the distinct identifiers of that kind they hold.</summary>
    public int[] MembersWithKind { get; } = new int[KindSlots];

    public int[] DistinctOfKind { get; } = new int[KindSlots];

    /// <summary>Members holding a card or device of the kind that is the ring's own (nearly all of its users are members), or an address the members share far beyond its base rate.</summary>
    public int[] MembersCovered { get; } = new int[KindSlots];

    /// <summary>Per kind, −log10 of the chance that so many members share its most over-represented value.</summary>
    public double[] InfraSurprise { get; } = new double[KindSlots];

    /// <summary>Members with a device fingerprint no other account in the data uses: a phone or computer of their own.</summary>
    public int PrivateDeviceMembers { get; set; }

    /// <summary>−log10 of the number of false alarms of the members' creation concentration (<see cref="RingCreation"/>).</summary>
    public double CreationSurprise { get; set; }

    public int CreationWindowMembers { get; set; }

    public double CreationWindowHours { get; set; }

    /// <summary>Ordered member pairs active in the same bucket (O of <see cref="RingCoactivity"/>), and its expectation E.</summary>
    public double CoactivityObserved { get; set; }

    public double CoactivityExpected { get; set; }

    /// <summary>Distinct (member, bucket) activities, and how many of them had another member active in the same bucket.</summary>
    public long ActiveBuckets { get; set; }

    public long CoactiveBuckets { get; set; }

    public long Prompts { get; set; }

    /// <summary>Prompts of members on the (at most <see cref="TopTemplateCount"/>) shared prompt identifiers that hold the most of them.</summary>
    public long PromptsOnTopTemplates { get; set; }

    public int TopTemplates { get; set; }

    /// <summary>
    /// Shared prompt identifiers on which the members are far more than their share of all accounts would give
    /// (<see cref="RingAnalyzer.OverRepresented"/>): the ring's own templates. A popular question its members
    /// also ask does not count, however many of them ask it.
    /// </summary>
    public int RingTemplates { get; set; }

    /// <summary>Prompts of members on <see cref="RingTemplates"/>.</summary>
    public long PromptsOnRingTemplates { get; set; }

    /// <summary>Most members created within <see cref="SyncWindowHours"/> hours of each other.</summary>
    public int CreatedInWindow { get; set; }

    /// <summary>Most members whose first prompt fell within <see cref="SyncWindowHours"/> hours of each other.</summary>
    public int FirstPromptInWindow { get; set; }

    public int MembersWithPrompts { get; set; }

    /// <summary>Members created in a burst: with at least <see cref="BurstMinAccounts"/> other members created within three hours of them.</summary>
    public int CreatedInBursts { get; set; }

    /// <summary>Members whose first prompt came in a burst of first prompts, as for <see cref="CreatedInBursts"/>.</summary>
    public int FirstPromptInBursts { get; set; }

    /// <summary>Other members a member must have within the burst window for it to count as a burst.</summary>
    public int BurstMinAccounts { get; set; }

    public double SyncWindowHours { get; set; }

    /// <summary>Members whose declared organisation another member also declares.</summary>
    public int SameOrgMembers { get; set; }

    public double InternalWeight { get; set; }

    public double BoundaryWeight { get; set; }

    public int InternalLinks { get; set; }

    /// <summary>Top shared identifiers: (identifier id, members, prompts or -1).</summary>
    public List<(int Identifier, int Accounts, long Examples)> Evidence { get; } = [];
}
