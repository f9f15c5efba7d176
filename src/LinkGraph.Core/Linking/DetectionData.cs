namespace LinkGraph.Core.Linking;

/// <summary>
/// Everything a detection run reads, as flat arrays. Accounts and identifiers are indexed by their store ids
/// (dense-ish, so arrays are sized by the largest id); times are Unix seconds. Observations are grouped by
/// identifier: group g covers <c>[GroupStart[g], GroupStart[g+1])</c> of the observation arrays, ordered by
/// account. Template identifiers found at detection time get ids above the store's largest identifier id.
/// </summary>
internal sealed record DetectionData
{
    public required string?[] AccountExternal { get; init; }

    /// <summary>Creation time: the <c>account</c> event, else the first event of the account.</summary>
    public required long[] AccountCreated { get; init; }

    /// <summary>Whether the creation time came from an <c>account</c> event (bought or aged accounts have none).</summary>
    public required bool[] AccountCreatedKnown { get; init; }

    /// <summary>Interned declared organisation, -1 when none.</summary>
    public required int[] AccountOrg { get; init; }

    public required int AccountCount { get; init; }

    public required long MinTime { get; init; }

    public required long MaxTime { get; init; }

    public required byte[] IdentifierKind { get; set; }

    public required string?[] IdentifierValue { get; set; }

    /// <summary>Identifiers that do not link: trivial short prompts, exact prompts folded into a template.</summary>
    public required bool[] IdentifierMuted { get; set; }

    public required GrowableArray<int> GroupIdentifier { get; init; }

    /// <summary>Start offsets; one more entry than groups, the last equal to the observation count.</summary>
    public required GrowableArray<int> GroupStart { get; init; }

    public required GrowableArray<int> ObsAccount { get; init; }

    public required GrowableArray<long> ObsFirst { get; init; }

    public required GrowableArray<long> ObsLast { get; init; }

    public required GrowableArray<int> ObsCount { get; init; }

    /// <summary>Prompts per account (all prompts, trivial ones included).</summary>
    public required int[] AccountPrompts { get; init; }

    /// <summary>Prompt events: account, time and the linking identifier (a template when clustered, else the exact prompt).</summary>
    public required int[] PromptAccount { get; init; }

    public required long[] PromptAt { get; init; }

    public required int[] PromptIdentifier { get; init; }

    public required int TemplateCount { get; set; }

    /// <summary>Number of distinct template-clustered exact prompts per template identifier (index = identifier id).</summary>
    public int[] TemplateVariants { get; set; } = [];

    public int GroupCount => GroupIdentifier.Count;

    public int IdentifierCapacity => IdentifierKind.Length;

    public long Span => Math.Max(MaxTime - MinTime, 86_400);
}
