using LinkGraph.Core.Events;

namespace LinkGraph.Core.Ingest;

/// <summary>The outcome of one import.</summary>
/// <param name="Read">Non-blank lines read.</param>
/// <param name="Stored">New events stored.</param>
/// <param name="Duplicates">Valid events already stored (same id, or same content when no id was given).</param>
/// <param name="Rejected">Lines rejected (only non-zero with <see cref="ImportOptions.SkipInvalid"/>).</param>
/// <param name="Rejections">The first <see cref="ImportOptions.MaxReportedRejections"/> rejections, in line order.</param>
public sealed record ImportResult(long Read, long Stored, long Duplicates, long Rejected, IReadOnlyList<EventRejection> Rejections);
