using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The run store on the SQLite file: the <c>runs</c> table (state, stage, progress, counts, timings, failure
/// reason) and the rings, members, links and derived observations each succeeded run published
/// (Migrations/0002_runs.sql, 0005_compact_run_rows.sql). One port over collaborators that share nothing but the
/// file: <see cref="RunTable"/> (the run lifecycle), <see cref="RunPublisher"/> (the atomic switch),
/// <see cref="RingReads"/> (pages, rings, documents), <see cref="PublishedRunCache"/> (the in-memory view of the
/// latest run) and <see cref="AccountProfileReader"/> (account profiles).
/// </summary>
public sealed class SqliteRunStore : IRunStore, IRingJsonReader
{
    /// <summary>Largest page <see cref="QueryRings"/> serves.</summary>
    public const int MaxRingPageSize = RingReads.MaxRingPageSize;

    /// <summary>How many links <see cref="GetAccount"/> returns, strongest first.</summary>
    public const int ProfileLinkLimit = AccountProfileReader.ProfileLinkLimit;

    /// <summary>How many identifiers <see cref="GetAccount"/> returns, most shared first.</summary>
    public const int ProfileIdentifierLimit = AccountProfileReader.ProfileIdentifierLimit;

    /// <summary>
    /// How long a request trusts that the run it read is still the latest without asking the database. A run
    /// published by this store switches readers at once; one published by another process on the same file is seen
    /// within this interval.
    /// </summary>
    public static readonly TimeSpan DefaultPublishedCheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly RunTable _runs;
    private readonly RunPublisher _publisher;
    private readonly RingReads _rings;
    private readonly PublishedRunCache _published;
    private readonly AccountProfileReader _accounts;

    /// <param name="retainedRuns">How many succeeded runs keep their rings; older ones are pruned at publish. At least 1.</param>
    /// <param name="publishedCheckInterval">
    /// How long readers trust the cached latest run before asking the file again (default
    /// <see cref="DefaultPublishedCheckInterval"/>): the delay before a run published by another process is served.
    /// </param>
    public SqliteRunStore(SqliteConnectionFactory connections, int retainedRuns = 3, TimeSpan? publishedCheckInterval = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentOutOfRangeException.ThrowIfLessThan(retainedRuns, 1);
        var interval = publishedCheckInterval ?? DefaultPublishedCheckInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero, nameof(publishedCheckInterval));
        RetainedRuns = retainedRuns;
        _runs = new RunTable(connections);
        _rings = new RingReads(connections);
        _published = new PublishedRunCache(connections.ConnectionString, interval);
        _accounts = new AccountProfileReader(_published);
        _publisher = new RunPublisher(connections, retainedRuns, _published.Invalidate);
        connections.Open().Dispose(); // applies the migrations, so readers may skip the factory's per-open pragmas
    }

    public int RetainedRuns { get; }

    public RunRecord CreateRun(string trigger, DateTimeOffset now) => _runs.CreateRun(trigger, now);

    public bool TryStartRun(string runId, DateTimeOffset now) => _runs.TryStartRun(runId, now);

    public void ReportProgress(string runId, string stage, double percent) => _runs.ReportProgress(runId, stage, percent);

    /// <summary>
    /// The atomic switch: the run's rings, members, links and derived observations and its succeeded state in one
    /// transaction, so readers see either the previous run or this one whole; runs beyond <see cref="RetainedRuns"/>
    /// are pruned in the same transaction.
    /// </summary>
    public void CompleteRun(string runId, DetectionResult result, DateTimeOffset now) => _publisher.CompleteRun(runId, result, now);

    public void FailRun(string runId, string reason, DateTimeOffset now) => _runs.FailRun(runId, reason, now);

    public RunRecord? GetRun(string runId) => _runs.GetRun(runId);

    public IReadOnlyList<RunRecord> ListRuns(int limit) => _runs.ListRuns(limit);

    public IReadOnlyList<RunRecord> ListUnfinishedRuns() => _runs.ListUnfinishedRuns();

    public RunRecord? GetLatestSucceededRun() => _runs.GetLatestSucceededRun();

    /// <summary>
    /// Keyset paging: the cursor names the run it pages through (so a page sequence stays on one run even if a
    /// newer run is published meanwhile) and the sort key of the last ring served.
    /// </summary>
    public RingPage? QueryRings(RingQuery query) => _rings.QueryRings(query);

    /// <summary><see cref="QueryRings"/> with each ring as its stored docs/contract.md §2 JSON, for callers that only pass it on.</summary>
    public RingJsonPage? QueryRingsJson(RingQuery query) => _rings.QueryRingsJson(query);

    public Ring? GetRing(string ringId) => _rings.GetRing(ringId);

    /// <summary>A ring of the latest succeeded run as its stored docs/contract.md §2 JSON, or null.</summary>
    public string? GetRingJson(string ringId) => _rings.GetRingJson(ringId);

    /// <summary>A ring of the latest succeeded run as UTF-8 docs/contract.md §2 JSON, or null; served from memory after the first read.</summary>
    public byte[]? GetRingUtf8(string ringId) => _published.GetRingUtf8(ringId);

    public RingsDocument? GetRingsDocument(string runId) => _rings.GetRingsDocument(runId);

    public IReadOnlyList<AccountLink> GetStrongLinks(string runId) => _rings.GetStrongLinks(runId);

    public IReadOnlyList<DerivedObservation> GetDerivedObservations(string runId) => _rings.GetDerivedObservations(runId);

    /// <summary>
    /// One account's profile (the call a sign-up or billing flow makes): the latest run's part from memory, the
    /// event store's part read each time. Null when no event and no run names the account.
    /// </summary>
    public AccountProfile? GetAccount(string account) => _accounts.GetAccount(account);

    /// <summary>
    /// The rings in the rank <see cref="CompleteRun"/> publishes them in (and <see cref="GetRingsDocument"/> reads
    /// them back in): by descending score whatever order they came in; ties keep their given order.
    /// </summary>
    public static List<Ring> PublishedOrder(IReadOnlyList<Ring> rings) => RunPublisher.PublishedOrder(rings);
}
