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
internal static class DetectionDataLoader
{
    public static DetectionData Load(IDetectionSource source, double templateJaccard, CancellationToken ct)
    {
        var accountCapacity = checked(source.MaxAccountId + 1);
        var external = new string?[accountCapacity];
        var created = new long[accountCapacity];
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
            minTime = Math.Min(minTime, t);
            maxTime = Math.Max(maxTime, t);
            org[a.Id] = string.IsNullOrEmpty(a.Org) ? -1 : Intern(orgIds, a.Org);
            accounts++;
        }

        var identCapacity = checked(source.MaxIdentifierId + 1);
        var kind = new byte[identCapacity];
        var value = new string?[identCapacity];
        foreach (var i in source.ReadIdentifiers(ct))
        {
            CheckId(i.Id, identCapacity, "identifier");
            kind[i.Id] = (byte)i.Kind;
            value[i.Id] = i.Value;
        }

        var data = new DetectionData
        {
            AccountExternal = external,
            AccountCreated = created,
            AccountOrg = org,
            AccountCount = accounts,
            MinTime = minTime == long.MaxValue ? 0 : minTime,
            MaxTime = maxTime == long.MinValue ? 0 : maxTime,
            IdentifierKind = kind,
            IdentifierValue = value,
            IdentifierMuted = new bool[identCapacity],
            GroupIdentifier = new GrowableArray<int>(1024),
            GroupStart = new GrowableArray<int>(1024),
            ObsAccount = new GrowableArray<int>(4096),
            ObsFirst = new GrowableArray<long>(4096),
            ObsLast = new GrowableArray<long>(4096),
            ObsCount = new GrowableArray<int>(4096),
            AccountPrompts = new int[accountCapacity],
            PromptAccount = [],
            PromptAt = [],
            PromptIdentifier = [],
            TemplateCount = 0,
        };

        ReadObservations(source, data, accountCapacity, identCapacity, ct);
        return PromptTemplates.Attach(source, data, templateJaccard, ct);
    }

    private static void ReadObservations(IDetectionSource source, DetectionData data, int accountCapacity, int identCapacity, CancellationToken ct)
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
                data.GroupStart.Add(data.ObsAccount.Count);
            }

            data.ObsAccount.Add(o.AccountId);
            data.ObsFirst.Add(o.FirstSeen.ToUnixTimeSeconds());
            data.ObsLast.Add(o.LastSeen.ToUnixTimeSeconds());
            data.ObsCount.Add(o.Count);
            previousIdent = o.IdentifierId;
            previousAccount = o.AccountId;
        }
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
}
