namespace LinkGraph.Core.Abstractions;

/// <summary>Filter, order and page for listing the rings of the latest finished run.</summary>
/// <param name="Signal">Only rings with at least one shared identifier of this kind (a docs/contract.md §2 signal name).</param>
/// <param name="Sort">"score" (descending, default) or "size" (descending).</param>
/// <param name="Cursor">Opaque cursor returned by the previous page, or null for the first page.</param>
public sealed record RingQuery(
    double? MinScore = null,
    bool? Flagged = null,
    int? MinSize = null,
    string? Signal = null,
    string Sort = "score",
    int Limit = 50,
    string? Cursor = null);
