namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Rings as the JSON they are stored as (docs/contract.md §2), for the HTTP API to pass on without parsing and
/// re-serialising each ring: the hot read path. Same selection rules as the typed reads of the run store.
/// </summary>
public interface IRingJsonReader
{
    string? GetRingJson(string ringId);

    /// <summary><see cref="GetRingJson"/> as UTF-8 bytes, the form a response body is written in (a store may cache them).</summary>
    byte[]? GetRingUtf8(string ringId) => GetRingJson(ringId) is { } json ? System.Text.Encoding.UTF8.GetBytes(json) : null;

    RingJsonPage? QueryRingsJson(LinkGraph.Core.Abstractions.RingQuery query);
}
