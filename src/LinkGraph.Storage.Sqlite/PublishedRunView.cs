using System.Collections.Concurrent;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The in-memory read model of one published run. A succeeded run never changes, so what is read of it once can
/// be served from memory until a newer run is published: each ring's JSON as UTF-8 bytes (written to the response
/// as is) and each account's part of the run (ring, strongest links, derived identifiers). Filled on first read,
/// within budgets; past a budget, reads go to the database as before. Replaced whole, never edited, on the switch.
/// </summary>
internal sealed class PublishedRunView(string? runId)
{
    /// <summary>Ring bodies kept per run, in bytes of UTF-8 JSON.</summary>
    public const long RingByteBudget = 256L * 1024 * 1024;

    /// <summary>Account entries kept per run (including "in no ring" answers for accounts outside every ring).</summary>
    public const int AccountBudget = 500_000;

    private readonly ConcurrentDictionary<string, byte[]> _rings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccountRunPart> _accounts = new(StringComparer.Ordinal);
    private long _ringBytes;

    /// <summary>The latest succeeded run this view stands for; null when no run has succeeded yet.</summary>
    public string? RunId { get; } = runId;

    /// <summary><see cref="Environment.TickCount64"/> when the database last confirmed this is still the latest run.</summary>
    public long CheckedAt { get; set; }

    public bool TryGetRing(string ringId, out byte[] body) => _rings.TryGetValue(ringId, out body!);

    public void AddRing(string ringId, byte[] body)
    {
        if (Interlocked.Read(ref _ringBytes) + body.Length <= RingByteBudget && _rings.TryAdd(ringId, body))
        {
            Interlocked.Add(ref _ringBytes, body.Length);
        }
    }

    public bool TryGetAccount(string account, out AccountRunPart part) => _accounts.TryGetValue(account, out part!);

    public void AddAccount(string account, AccountRunPart part)
    {
        if (_accounts.Count < AccountBudget)
        {
            _accounts.TryAdd(account, part);
        }
    }
}
