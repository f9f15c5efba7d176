using LinkGraph.Core.Hashing;
using LinkGraph.Core.Linking;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Pipeline;

/// <summary>Score stage output: ring records, the strong links of ring members and the template observations behind them.</summary>
public sealed partial class DetectionPipeline
{
    private List<Ring> BuildRings(DetectionData data, int[] ringOf, RingStats[] stats)
    {
        var members = new List<string>[stats.Length];
        for (var a = 0; a < ringOf.Length; a++)
        {
            if (ringOf[a] >= 0)
            {
                (members[ringOf[a]] ??= []).Add(data.AccountExternal[a]!);
            }
        }

        var rings = new List<Ring>(stats.Length);
        for (var r = 0; r < stats.Length; r++)
        {
            var s = stats[r];
            var accounts = members[r];
            accounts.Sort(StringComparer.Ordinal);
            var features = RingScorer.Features(s);
            RingExplainer.AddSharingFeatures(features, s);
            var score = RingScorer.Score(features);
            var flagged = score >= _options.FlagThreshold;
            features["score"] = score;
            features["flag_threshold"] = _options.FlagThreshold;
            var signals = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [SignalNames.Payment] = s.SharedIdentifiers[(int)IdentifierKind.Payment],
                [SignalNames.Ip] = s.SharedIdentifiers[(int)IdentifierKind.Ip],
                [SignalNames.Device] = s.SharedIdentifiers[(int)IdentifierKind.Device],
                [SignalNames.Prompt] = s.SharedIdentifiers[(int)IdentifierKind.PromptExact] + s.SharedIdentifiers[(int)IdentifierKind.PromptTemplate],
            };
            if (s.SharedIdentifiers[(int)IdentifierKind.IpPrefix] > 0)
            {
                signals[SignalNames.IpPrefix] = s.SharedIdentifiers[(int)IdentifierKind.IpPrefix];
            }

            var evidence = s.Evidence
                .Select(e => new RingEvidence(
                    SignalNames.Of((IdentifierKind)data.IdentifierKind[e.Identifier]),
                    data.IdentifierValue[e.Identifier] ?? string.Empty,
                    e.Accounts,
                    e.Examples >= 0 ? (int)Math.Min(int.MaxValue, e.Examples) : null))
                .ToList();
            var id = "ring-" + XxHash64.HashHex(accounts[0]);
            rings.Add(new Ring(id, score, flagged, accounts.Count, accounts, signals, evidence, RingExplainer.Reasons(features, flagged), features));
        }

        rings.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Id, y.Id));
        return rings;
    }

    /// <summary>For each ring member, its strongest links inside its ring (each pair once).</summary>
    private List<AccountLink> StrongLinksOf(DetectionData data, LinkTable links, int[] ringOf)
    {
        var perAccount = _options.StrongLinksPerAccount;
        var best = new Dictionary<int, List<int>>();
        for (var e = 0; e < links.Count; e++)
        {
            var a = LinkTable.A(links.Keys[e]);
            var b = LinkTable.B(links.Keys[e]);
            if (ringOf[a] < 0 || ringOf[a] != ringOf[b] || links.Weights[e] < _options.StrongLinkThreshold)
            {
                continue;
            }

            Offer(best, a, e, links, perAccount);
            Offer(best, b, e, links, perAccount);
        }

        var chosen = best.Values.SelectMany(x => x).Distinct().Order().ToList();
        var result = new List<AccountLink>(chosen.Count);
        foreach (var e in chosen)
        {
            var kinds = new List<string>();
            foreach (var k in Enum.GetValues<IdentifierKind>())
            {
                var name = SignalNames.Of(k);
                if ((links.Kinds[e] & (1 << (int)k)) != 0 && !kinds.Contains(name))
                {
                    kinds.Add(name);
                }
            }

            result.Add(new AccountLink(
                data.AccountExternal[LinkTable.A(links.Keys[e])]!,
                data.AccountExternal[LinkTable.B(links.Keys[e])]!,
                Math.Round(links.Weights[e], 3),
                kinds));
        }

        return result;
    }

    private static void Offer(Dictionary<int, List<int>> best, int account, int edge, LinkTable links, int max)
    {
        if (max == 0)
        {
            return;
        }

        if (!best.TryGetValue(account, out var list))
        {
            best[account] = list = new List<int>(max);
        }

        if (list.Count < max)
        {
            list.Add(edge);
            return;
        }

        var weakest = 0;
        for (var i = 1; i < list.Count; i++)
        {
            if (links.Weights[list[i]] < links.Weights[list[weakest]])
            {
                weakest = i;
            }
        }

        if (links.Weights[edge] > links.Weights[list[weakest]])
        {
            list[weakest] = edge;
        }
    }

    /// <summary>Template observations of ring members (the identifiers found at detection time that their profile shows).</summary>
    private static List<DerivedObservation> DerivedObservationsOf(DetectionData data, int[] ringOf)
    {
        var result = new List<DerivedObservation>();
        for (var g = 0; g < data.GroupCount; g++)
        {
            var ident = data.GroupIdentifier[g];
            if (data.IdentifierKind[ident] != (byte)IdentifierKind.PromptTemplate)
            {
                continue;
            }

            for (var o = data.GroupStart[g]; o < data.GroupStart[g + 1]; o++)
            {
                var a = data.ObsAccount[o];
                if (ringOf[a] < 0)
                {
                    continue;
                }

                result.Add(new DerivedObservation(
                    data.AccountExternal[a]!,
                    IdentifierKind.PromptTemplate,
                    data.IdentifierValue[ident]!,
                    DateTimeOffset.FromUnixTimeSeconds(data.ObsFirst[o]),
                    DateTimeOffset.FromUnixTimeSeconds(data.ObsLast[o]),
                    data.ObsCount[o]));
            }
        }

        return result;
    }
}
