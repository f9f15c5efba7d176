using System.Runtime.ExceptionServices;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>
/// Reads an <see cref="IDetectionSource"/> into <see cref="DetectionData"/>: one streaming pass per record kind,
/// flat arrays only. Prompts are clustered into templates here, which become identifiers with their own
/// observation groups (the exact prompts they absorb stop linking on their own).
/// </summary>
/// <remarks>
/// The record kinds are independent until the templates are attached, so the observations and the accounts
/// with their identifiers are read on two worker threads while the calling thread reads the prompts and their
/// sketches; clustering then overlaps the rest of the observations.
/// </remarks>
internal static class DetectionDataLoader
{
    public static DetectionData Load(IDetectionSource source, double templateJaccard, CancellationToken ct)
    {
        var accountCapacity = checked(source.MaxAccountId + 1);
        var identCapacity = checked(source.MaxIdentifierId + 1);
        var observations = new ObservationArrays();
        var accountPrompts = new int[accountCapacity];
        var muted = new bool[identCapacity];

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var observationsRead = Worker(
            () =>
            {
                ReadObservations(source, observations, accountCapacity, identCapacity, stop.Token);
                return true;
            },
            stop);
        var entitiesRead = Worker(() => ReadEntities(source, accountCapacity, identCapacity, stop.Token), stop);
        try
        {
            var prompts = PromptTemplates.Read(source, accountPrompts, muted, stop.Token);
            var entities = entitiesRead.GetAwaiter().GetResult();
            var data = new DetectionData
            {
                AccountExternal = entities.External,
                AccountCreated = entities.Created,
                AccountCreatedKnown = entities.CreatedKnown,
                AccountOrg = entities.Org,
                AccountCount = entities.Accounts,
                MinTime = entities.MinTime,
                MaxTime = entities.MaxTime,
                IdentifierKind = entities.Kind,
                IdentifierValue = entities.Value,
                IdentifierMuted = muted,
                GroupIdentifier = observations.GroupIdentifier,
                GroupStart = observations.GroupStart,
                ObsAccount = observations.Account,
                ObsFirst = observations.First,
                ObsLast = observations.Last,
                ObsCount = observations.Count,
                AccountPrompts = accountPrompts,
                PromptAccount = [],
                PromptAt = [],
                PromptIdentifier = [],
                TemplateCount = 0,
            };
            data = PromptTemplates.Attach(data, prompts, templateJaccard, () => observationsRead.GetAwaiter().GetResult(), stop.Token);
            data = WithActivityRange(data);

            // Reading and clustering leave gigabytes of scratch arrays on a large store (sketches, clustering
            // tables, prompt buffers); collected now, before the link stage allocates its own, they never add to
            // the run's peak, whenever the collector would otherwise have got round to them.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            return data;
        }
        catch (Exception e)
        {
            // Stop the workers and wait for them: nothing may still read the source once this returns. A worker's
            // own failure (say, observations out of order) is the cause when this thread only saw the cancellation.
            stop.Cancel();
            var cause = ExceptionDispatchInfo.Capture(e);
            foreach (var worker in new Task[] { observationsRead, entitiesRead })
            {
                try
                {
                    worker.GetAwaiter().GetResult();
                }
                catch (Exception workerError) when (workerError is not OperationCanceledException && e is OperationCanceledException && !ct.IsCancellationRequested)
                {
                    cause = ExceptionDispatchInfo.Capture(workerError);
                }
                catch (Exception)
                {
                    // Already failing; the first cause is reported.
                }
            }

            cause.Throw();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool; if it fails, the other readers are stopped at once.</summary>
    private static Task<T> Worker<T>(Func<T> work, CancellationTokenSource stop) =>
        Task.Run(
            () =>
            {
                try
                {
                    return work();
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            stop.Token);

    private static Entities ReadEntities(IDetectionSource source, int accountCapacity, int identCapacity, CancellationToken ct)
    {
        var external = new string?[accountCapacity];
        var created = new long[accountCapacity];
        var createdKnown = new bool[accountCapacity];
        var org = new int[accountCapacity];
        var orgIds = new Dictionary<string, int>(StringComparer.Ordinal);
        long minTime = long.MaxValue, maxTime = long.MinValue;
        var accounts = 0;
        foreach (var a in source.ReadAccounts(ct))
        {
            CheckId(a.Id, accountCapacity, "account");
            external[a.Id] = a.ExternalId;
            var t = (a.CreatedAt ?? a.FirstSeen).ToUnixTimeSeconds();
            created[a.Id] = t;
            createdKnown[a.Id] = a.CreatedAt is not null;
            minTime = Math.Min(minTime, t);
            maxTime = Math.Max(maxTime, t);
            org[a.Id] = string.IsNullOrEmpty(a.Org) ? -1 : Intern(orgIds, a.Org);
            accounts++;
        }

        var kind = new byte[identCapacity];
        var value = new string?[identCapacity];
        foreach (var i in source.ReadIdentifiers(ct))
        {
            CheckId(i.Id, identCapacity, "identifier");
            kind[i.Id] = (byte)i.Kind;
            value[i.Id] = i.Value;
        }

        (minTime, maxTime) = RobustRange(external, created, accounts, minTime, maxTime);
        return new Entities(
            external,
            created,
            createdKnown,
            org,
            accounts,
            minTime == long.MaxValue ? 0 : minTime,
            maxTime == long.MinValue ? 0 : maxTime,
            kind,
            value);
    }

    private static void ReadObservations(IDetectionSource source, ObservationArrays data, int accountCapacity, int identCapacity, CancellationToken ct)
    {
        var previousIdent = -1;
        var previousAccount = -1;
        var n = 0L;
        foreach (var o in source.ReadObservations(ct))
        {
            if ((++n & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            CheckId(o.AccountId, accountCapacity, "observation account");
            CheckId(o.IdentifierId, identCapacity, "observation identifier");
            if (o.IdentifierId < previousIdent || (o.IdentifierId == previousIdent && o.AccountId <= previousAccount))
            {
                throw new LinkGraphException(
                    "source_order",
                    $"Observations must be ordered by identifier id, then account id, without duplicates; observation {n} (identifier {o.IdentifierId}, account {o.AccountId}) follows (identifier {previousIdent}, account {previousAccount}).");
            }

            if (o.IdentifierId != previousIdent)
            {
                data.GroupIdentifier.Add(o.IdentifierId);
                data.GroupStart.Add(data.Account.Count);
            }

            data.Account.Add(o.AccountId);
            data.First.Add(o.FirstSeen.ToUnixTimeSeconds());
            data.Last.Add(o.LastSeen.ToUnixTimeSeconds());
            data.Count.Add(o.Count);
            previousIdent = o.IdentifierId;
            previousAccount = o.AccountId;
        }
    }

    /// <summary>Share of creation times cut from each end of the time range: a broken clock's 1970 or 2099 must not set the scale.</summary>
    public const double RangeTrim = 0.005;

    /// <summary>
    /// The data's time range from the <see cref="RangeTrim"/> and 1 − <see cref="RangeTrim"/> quantiles of account
    /// creation times: every timing weight is relative to this span, so one event from a broken clock must not
    /// stretch it from days to decades.
    /// </summary>
    internal static (long Min, long Max) RobustRange(string?[] external, long[] created, int accounts, long min, long max)
    {
        if (accounts < 3)
        {
            return (min, max);
        }

        var times = new long[accounts];
        var n = 0;
        for (var a = 0; a < external.Length && n < accounts; a++)
        {
            if (external[a] is not null)
            {
                times[n++] = created[a];
            }
        }

        Array.Sort(times, 0, n);
        var cut = (int)Math.Floor(n * RangeTrim);
        return (times[cut], times[n - 1 - cut]);
    }

    /// <summary>Widens the time range to the robust range of prompt times: activity goes on long after the last sign-up.</summary>
    internal static DetectionData WithActivityRange(DetectionData data)
    {
        var at = data.PromptAt;
        if (at.Length < 3)
        {
            return data;
        }

        // A strided sample is enough for two quantiles (prompts are ordered by account, so it spans every account).
        var stride = Math.Max(1, at.Length / 200_000);
        var sample = new long[((at.Length - 1) / stride) + 1];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = at[i * stride];
        }

        Array.Sort(sample);
        var cut = (int)Math.Floor(sample.Length * RangeTrim);
        var min = data.AccountCount > 0 ? Math.Min(data.MinTime, sample[cut]) : sample[cut];
        var max = data.AccountCount > 0 ? Math.Max(data.MaxTime, sample[^(cut + 1)]) : sample[^(cut + 1)];
        return data with { MinTime = min, MaxTime = max };
    }

    internal static void CheckId(int id, int capacity, string what)
    {
        if (id <= 0 || id >= capacity)
        {
            throw new LinkGraphException("source_id", $"The detection source gave {what} id {id}, outside 1..{capacity - 1} (its declared maximum).");
        }
    }

    private static int Intern(Dictionary<string, int> ids, string text)
    {
        if (!ids.TryGetValue(text, out var id))
        {
            id = ids.Count;
            ids[text] = id;
        }

        return id;
    }

    /// <summary>The stable template id: "tpl-" and the XxHash64 of the smallest exact-prompt value in the cluster.</summary>
    internal static string TemplateId(string smallestExactValue) => "tpl-" + XxHash64.HashHex(smallestExactValue);

    internal static bool IsPrompt(byte kind) => kind is (byte)IdentifierKind.PromptExact or (byte)IdentifierKind.PromptTemplate;

    /// <summary>The store's observations grouped by identifier, filled by the observation reader.</summary>
    private sealed class ObservationArrays
    {
        public GrowableArray<int> GroupIdentifier { get; } = new(1024);

        public GrowableArray<int> GroupStart { get; } = new(1024);

        public GrowableArray<int> Account { get; } = new(4096);

        public GrowableArray<long> First { get; } = new(4096);

        public GrowableArray<long> Last { get; } = new(4096);

        public GrowableArray<int> Count { get; } = new(4096);
    }

    /// <summary>Accounts and identifiers as flat arrays indexed by store id.</summary>
    private sealed record Entities(
        string?[] External,
        long[] Created,
        bool[] CreatedKnown,
        int[] Org,
        int Accounts,
        long MinTime,
        long MaxTime,
        byte[] Kind,
        string?[] Value);
}
