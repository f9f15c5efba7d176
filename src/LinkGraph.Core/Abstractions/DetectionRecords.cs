using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Abstractions;

/// <summary>An account as the detection pipeline sees it. <see cref="Id"/> is the store's dense positive key.</summary>
/// <param name="CreatedAt">The time of its <c>account</c> event, if one arrived.</param>
/// <param name="FirstSeen">The earliest event of any type for the account.</param>
public readonly record struct AccountRecord(
    int Id,
    string ExternalId,
    DateTimeOffset? CreatedAt,
    DateTimeOffset FirstSeen,
    string? Org,
    string? EmailDomain,
    string? Country);

/// <summary>A distinct identifier. <see cref="Id"/> is the store's dense positive key.</summary>
public readonly record struct IdentifierRecord(int Id, IdentifierKind Kind, string Value);

/// <summary>That an account used an identifier: when first and last, and how many times.</summary>
public readonly record struct ObservationRecord(
    int AccountId,
    int IdentifierId,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int Count);

/// <summary>One prompt event: who sent it when and its exact-prompt identifier.</summary>
public readonly record struct PromptRecord(int AccountId, DateTimeOffset At, int ExactIdentifierId);

/// <summary>
/// The near-duplicate sketch (<see cref="Prompts.PromptSketcher"/>) of one exact-prompt identifier.
/// <see cref="Sketch"/> may be a buffer the source reuses for its next record: copy what you keep.
/// </summary>
public readonly record struct PromptSketchRecord(int IdentifierId, ReadOnlyMemory<byte> Sketch);
