using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>
/// Builds the weighted link graph from identifier groups in O(observations · neighbours):
/// a group of at most <c>cliqueMax</c> accounts links every pair; a larger group links each account only to its
/// next <c>neighbours</c> accounts in order of first use and in order of creation, and only within
/// <c>window</c> — the lockstep idea of SynchroTrap (Cao et al., CCS 2014): bursts become dense, crowds spread
/// over months stay a sparse chain of weak links. Pair contributions (<see cref="LinkWeights"/>) are summed over
/// identifiers by sorting packed pair keys.
/// </summary>
internal sealed partial class LinkBuilder
{
    private readonly DetectionData _data;
    private readonly int _cliqueMax;
    private readonly int _neighbours;
    private readonly long _window;
    private readonly long _waveBucket;
    private readonly int _partitionShift;
    private readonly PairSet _groupPairs = new();
    private readonly TimeDensity _useDensity;
    private readonly TimeDensity _createdDensity;
    private readonly TimeDensity _promptDensity;
    private long[] _sortKeys = new long[64];
    private int[] _byFirst = new int[64];
    private int[] _byCreated = new int[64];

    public LinkBuilder(DetectionData data, int cliqueMax, int neighbours, TimeSpan window, TimeSpan waveBucket)
    {
        _waveBucket = (long)waveBucket.TotalSeconds;
        _data = data;
        _cliqueMax = cliqueMax;
        _neighbours = neighbours;
        _window = (long)window.TotalSeconds;
        _partitionShift = PartitionShift(data.AccountExternal.Length);
        _useDensity = TimeDensity.Build(data.MinTime, data.MaxTime, data.ObsFirst.Count, i => data.ObsFirst[i]);
        var known = new List<long>();
        for (var a = 0; a < data.AccountCreated.Length; a++)
        {
            if (data.AccountCreatedKnown[a])
            {
                known.Add(data.AccountCreated[a]);
            }
        }

        _createdDensity = TimeDensity.Build(data.MinTime, data.MaxTime, known.Count, i => known[i]);
        _promptDensity = TimeDensity.Build(data.MinTime, data.MaxTime, data.PromptAt.Length, i => data.PromptAt[i]);
    }

    public LinkTable Build(CancellationToken ct)
    {
        var d = _data;
        for (var g = 0; g < d.GroupCount; g++)
        {
            if ((g & 0x3FF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var ident = d.GroupIdentifier[g];
            var start = d.GroupStart[g];
            var k = d.GroupStart[g + 1] - start;
            if (k < 2 || d.IdentifierMuted[ident])
            {
                continue;
            }

            var kind = (IdentifierKind)d.IdentifierKind[ident];
            if (LinkWeights.KindFactor(kind) <= 0)
            {
                continue;
            }

            if (k <= _cliqueMax)
            {
                for (var i = start; i < start + k; i++)
                {
                    for (var j = i + 1; j < start + k; j++)
                    {
                        Emit(kind, k, i, j);
                    }
                }

                continue;
            }

            // Temporal neighbours in two orders; a pair found by both counts once for this identifier.
            _groupPairs.Reset((int)Math.Min(int.MaxValue / 4, 2L * k * _neighbours));
            EnsureScratch(k);
            SortMembers(start, k, byCreation: false, _byFirst);
            SortMembers(start, k, byCreation: true, _byCreated);
            AddNeighbours(kind, k, _byFirst, byCreation: false);
            if (!LinkWeights.IsPrompt(kind))
            {
                // Prompts are sent long after sign-up: only lockstep use makes them neighbours.
                AddNeighbours(kind, k, _byCreated, byCreation: true);
            }
        }

        AddWaves(ct);
        return Aggregate(ct);
    }

    private long TimeOf(int obs, bool byCreation) => byCreation ? _data.AccountCreated[_data.ObsAccount[obs]] : _data.ObsFirst[obs];

    private void EnsureScratch(int k)
    {
        if (_sortKeys.Length < k)
        {
            var size = Math.Max(k, _sortKeys.Length * 2);
            _sortKeys = new long[size];
            _byFirst = new int[size];
            _byCreated = new int[size];
        }
    }

    private void SortMembers(int start, int k, bool byCreation, int[] target)
    {
        for (var i = 0; i < k; i++)
        {
            _sortKeys[i] = TimeOf(start + i, byCreation);
            target[i] = start + i;
        }

        Array.Sort(_sortKeys, target, 0, k);
    }

    private void AddNeighbours(IdentifierKind kind, int k, int[] order, bool byCreation)
    {
        var accounts = _data.ObsAccount;
        for (var x = 0; x < k; x++)
        {
            var i = order[x];
            var ti = TimeOf(i, byCreation);
            for (var y = x + 1; y < k && y <= x + _neighbours; y++)
            {
                var j = order[y];
                if (TimeOf(j, byCreation) - ti > _window)
                {
                    break;
                }

                if (_groupPairs.Add(LinkTable.Key(accounts[i], accounts[j])))
                {
                    Emit(kind, k, i, j);
                }
            }
        }
    }

    /// <summary>Adds the contribution of the identifier shared by observations <paramref name="i"/> and <paramref name="j"/>.</summary>
    private void Emit(IdentifierKind kind, int k, int i, int j)
    {
        var d = _data;
        var a = d.ObsAccount[i];
        var b = d.ObsAccount[j];
        var useGap = Math.Abs(d.ObsFirst[i] - d.ObsFirst[j]);
        var useRate = k * _useDensity.At(Math.Min(d.ObsFirst[i], d.ObsFirst[j]) + (useGap / 2));
        var bothKnown = d.AccountCreatedKnown[a] && d.AccountCreatedKnown[b];
        var createdGap = bothKnown ? Math.Abs(d.AccountCreated[a] - d.AccountCreated[b]) : double.PositiveInfinity;
        var createdRate = bothKnown ? k * _createdDensity.At(Math.Min(d.AccountCreated[a], d.AccountCreated[b]) + ((long)createdGap / 2)) : 0;
        var w = LinkWeights.Contribution(kind, k, useGap, createdGap, useRate, createdRate);
        Add(LinkTable.Key(a, b), (float)w, (byte)(1 << (int)kind), kind == IdentifierKind.IpPrefix ? (float)w : 0f);
    }
}
