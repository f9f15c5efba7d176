using LinkGraph.Core.Linking;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Computes <see cref="RingStats"/> for every ring in one pass over observations, prompts and links
/// (O(observations + prompts + links), plus a sort of each identifier's ring members).
/// </summary>
internal static class RingAnalyzer
{
    public static RingStats[] Analyze(DetectionData d, LinkTable links, int[] ringOf, int ringCount, double syncWindowHours, int evidencePerRing, CancellationToken ct)
    {
        var stats = new RingStats[ringCount];
        for (var r = 0; r < ringCount; r++)
        {
            stats[r] = new RingStats { SyncWindowHours = syncWindowHours };
        }

        for (var a = 0; a < ringOf.Length; a++)
        {
            if (ringOf[a] >= 0)
            {
                stats[ringOf[a]].Size++;
            }
        }

        var baseline = ActivityBaseline.Build(d);
        CountIdentifiers(d, ringOf, stats, evidencePerRing, ct);
        CountLinks(links, ringOf, stats);
        RingTiming.Compute(d, baseline, ringOf, stats);
        RingCoactivity.Compute(d, baseline, ringOf, stats, ct);
        return stats;
    }

    private static void CountIdentifiers(DetectionData d, int[] ringOf, RingStats[] stats, int evidencePerRing, CancellationToken ct)
    {
        var sharingMask = new byte[ringOf.Length];
        var kindMask = new byte[ringOf.Length];
        var coverMask = new byte[ringOf.Length];
        var privateDevice = new bool[ringOf.Length];
        var promptTops = new List<(long Prompts, int Identifier, int Accounts)>[stats.Length];
        var candidates = new List<(double Rank, int Identifier, int Accounts, long Examples)>[stats.Length];
        var members = new GrowableArray<long>(64);
        for (var g = 0; g < d.GroupCount; g++)
        {
            if ((g & 0x3FF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var ident = d.GroupIdentifier[g];
            var kind = d.IdentifierKind[ident];
            var start = d.GroupStart[g];
            var end = d.GroupStart[g + 1];
            members.Clear();
            for (var o = start; o < end; o++)
            {
                var r = ringOf[d.ObsAccount[o]];
                if (r >= 0)
                {
                    members.Add(((long)r << 32) | (uint)o);
                }
            }

            if (members.Count == 0)
            {
                continue;
            }

            members.AsSpan().Sort();
            var i0 = 0;
            while (i0 < members.Count)
            {
                var ring = (int)(members[i0] >> 32);
                var i1 = i0;
                long examples = 0;
                while (i1 < members.Count && (int)(members[i1] >> 32) == ring)
                {
                    var o = (int)(members[i1] & 0xFFFFFFFF);
                    kindMask[d.ObsAccount[o]] |= (byte)(1 << kind);
                    privateDevice[d.ObsAccount[o]] |= kind == (byte)IdentifierKind.Device && end - start == 1;
                    examples += d.ObsCount[o];
                    i1++;
                }

                var count = i1 - i0;
                var users = end - start;
                var s = stats[ring];
                s.DistinctOfKind[kind]++;
                if (count >= 2 && !d.IdentifierMuted[ident])
                {
                    s.SharedIdentifiers[kind]++;
                    for (var i = i0; i < i1; i++)
                    {
                        sharingMask[d.ObsAccount[(int)(members[i] & 0xFFFFFFFF)]] |= (byte)(1 << kind);
                    }

                    // A card or device covers members only when it is the ring's own (at least OwnShare of its users are
                    // members; a stolen card's honest owner may be the rest): a popular phone build is over-represented
                    // in any small group that happens to share it.
                    var own = kind == (byte)IdentifierKind.Ip ? OverRepresented(count, users, s.Size, d.AccountCount) : count >= OwnShare * users;
                    if (IsInfrastructure(kind) && own)
                    {
                        for (var i = i0; i < i1; i++)
                        {
                            coverMask[d.ObsAccount[(int)(members[i] & 0xFFFFFFFF)]] |= (byte)(1 << kind);
                        }

                        var surprise = -BinomialTail.Log10(count, s.Size, users / (double)Math.Max(users, d.AccountCount));
                        s.InfraSurprise[kind] = Math.Max(s.InfraSurprise[kind], Math.Min(RingCreation.MaxSurprise, surprise));
                    }

                    var isPrompt = DetectionDataLoader.IsPrompt(kind);
                    var rank = count * LinkWeights.KindFactor((IdentifierKind)kind);
                    (candidates[ring] ??= []).Add((rank, ident, count, isPrompt ? examples : -1));
                    if (isPrompt)
                    {
                        (promptTops[ring] ??= []).Add((examples, ident, count));
                        if (OverRepresented(count, users, s.Size, d.AccountCount))
                        {
                            s.RingTemplates++;
                            s.PromptsOnRingTemplates += examples;
                        }
                    }
                }

                i0 = i1;
            }
        }

        for (var a = 0; a < ringOf.Length; a++)
        {
            var r = ringOf[a];
            if (r < 0)
            {
                continue;
            }

            var s = stats[r];
            s.Prompts += d.AccountPrompts[a];
            s.PrivateDeviceMembers += privateDevice[a] ? 1 : 0;
            for (var k = 0; k < RingStats.KindSlots; k++)
            {
                if ((sharingMask[a] & (1 << k)) != 0)
                {
                    s.MembersSharing[k]++;
                }

                if ((kindMask[a] & (1 << k)) != 0)
                {
                    s.MembersWithKind[k]++;
                }

                if ((coverMask[a] & (1 << k)) != 0)
                {
                    s.MembersCovered[k]++;
                }
            }
        }

        for (var r = 0; r < stats.Length; r++)
        {
            if (promptTops[r] is { } tops)
            {
                tops.Sort((x, y) => y.Prompts != x.Prompts ? y.Prompts.CompareTo(x.Prompts) : x.Identifier.CompareTo(y.Identifier));
                var top = Math.Min(RingStats.TopTemplateCount, tops.Count);
                stats[r].TopTemplates = top;
                for (var i = 0; i < top; i++)
                {
                    stats[r].PromptsOnTopTemplates += tops[i].Prompts;
                }
            }

            if (candidates[r] is { } list)
            {
                list.Sort((x, y) => y.Rank != x.Rank ? y.Rank.CompareTo(x.Rank) : x.Identifier.CompareTo(y.Identifier));
                foreach (var c in list.Take(evidencePerRing))
                {
                    stats[r].Evidence.Add((c.Identifier, c.Accounts, c.Examples));
                }
            }
        }
    }

    /// <summary>Share of a card's or device's users that must be members for it to be the ring's own.</summary>
    public const double OwnShare = 0.8;

    private static bool IsInfrastructure(byte kind) => kind is (byte)IdentifierKind.Payment or (byte)IdentifierKind.Device or (byte)IdentifierKind.Ip;

    /// <summary>
    /// Whether at least two of a ring's <paramref name="size"/> accounts use an identifier and they are most of
    /// its <paramref name="users"/>, or far more than random membership would give (Poisson with
    /// λ = users · size / accounts, P below <see cref="OverRepresentedP"/>). A campaign's templates pass even
    /// when other campaigns share the playbook; a popular question a household also asks does not.
    /// </summary>
    internal static bool OverRepresented(int members, int users, int size, int accounts)
    {
        if (members < 2)
        {
            return false;
        }

        var lambda = users * (double)size / Math.Max(1, accounts);
        return 2 * members >= users || (members > lambda && Poisson.LogTail(members, lambda) < LogOverRepresentedP);
    }

    /// <summary>Chance level below which a ring's share of an identifier's users counts as its own.</summary>
    public const double OverRepresentedP = 1e-4;

    private static readonly double LogOverRepresentedP = Math.Log(OverRepresentedP);

    private static void CountLinks(LinkTable links, int[] ringOf, RingStats[] stats)
    {
        for (var e = 0; e < links.Count; e++)
        {
            var ra = ringOf[LinkTable.A(links.Keys[e])];
            var rb = ringOf[LinkTable.B(links.Keys[e])];
            var w = links.Weights[e];
            if (ra >= 0 && ra == rb)
            {
                stats[ra].InternalWeight += w;
                stats[ra].InternalLinks++;
                continue;
            }

            if (ra >= 0)
            {
                stats[ra].BoundaryWeight += w;
            }

            if (rb >= 0)
            {
                stats[rb].BoundaryWeight += w;
            }
        }
    }
}
