using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Linking;

/// <summary>
/// Repeated synchrony (SynchroTrap, Cao et al., CCS 2014): accounts sending prompts of one shared prompt identifier
/// in the same short time bucket share a "wave" token. Each shared token adds a few bits
/// (<see cref="LinkWeights.WaveBits"/>), once per bucket however many identifiers the pair
/// shares in it, so a pair that meets once by chance stays weak while a pair acting in the same
/// operator-scheduled waves again and again accumulates a strong link. Crowded tokens link each account only to its
/// next neighbours in a fixed pseudo-random order of accounts, so the same pairs recur from wave to wave and the work
/// stays O(prompts · neighbours).
/// </summary>
internal sealed partial class LinkBuilder
{
    private readonly Dictionary<long, float> _bucketPairs = [];

    private void AddWaves(CancellationToken ct)
    {
        var d = _data;
        var n = d.PromptAccount.Length;
        if (_waveBucket <= 0 || n == 0)
        {
            return;
        }

        // Accounts per identifier: a coincidence on a popular prompt is expected, on a rare template it is not.
        var users = new int[d.IdentifierCapacity];
        for (var g = 0; g < d.GroupCount; g++)
        {
            users[d.GroupIdentifier[g]] = d.GroupStart[g + 1] - d.GroupStart[g];
        }

        var tokens = new long[n];
        var accounts = new long[n];
        var m = 0;
        for (var p = 0; p < n; p++)
        {
            var ident = d.PromptIdentifier[p];
            if (ident <= 0 || ident >= d.IdentifierCapacity || d.IdentifierMuted[ident] || !LinkWeights.IsPrompt((IdentifierKind)d.IdentifierKind[ident]))
            {
                continue;
            }

            // Prompts outside the data's robust time range (a broken clock) would all meet in its first or last bucket.
            if (d.PromptAt[p] < d.MinTime - 86_400 || d.PromptAt[p] > d.MaxTime + 86_400)
            {
                continue;
            }

            var bucket = (d.PromptAt[p] - d.MinTime + 86_400) / _waveBucket;
            // Bucket in the high bits: all tokens of one bucket are processed together, so a pair counts once per bucket.
            tokens[m] = (Math.Min(bucket, int.MaxValue) << 32) | (uint)ident;
            // Fixed pseudo-random account order inside a token: high bits a hash, low bits the account.
            var a = d.PromptAccount[p];
            accounts[m] = ((long)(Mix((ulong)a) >> 33) << 32) | (uint)a;
            m++;
        }

        Array.Sort(tokens, accounts, 0, m);
        var currentBucket = -1L;
        var start = 0;
        while (start < m)
        {
            ct.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < m && tokens[end] == tokens[start])
            {
                end++;
            }

            var bucket = tokens[start] >> 32;
            if (bucket != currentBucket)
            {
                FlushBucket();
                currentBucket = bucket;
            }

            EmitWave(accounts, start, end, users[(int)(tokens[start] & 0xFFFFFFFF)], bucket);
            start = end;
        }

        FlushBucket();
    }

    /// <summary>Adds the pairs of one bucket, each once with its strongest token: the count of distinct windows is what repeats.</summary>
    private void FlushBucket()
    {
        foreach (var (key, w) in _bucketPairs)
        {
            Add(key, w, 1 << (int)IdentifierKind.PromptTemplate, 0f);
        }

        _bucketPairs.Clear();
    }

    private void EmitWave(long[] accounts, int start, int end, int users, long bucket)
    {
        Array.Sort(accounts, start, end - start);
        // Distinct accounts of the token, compacted in place.
        var k = start;
        for (var i = start; i < end; i++)
        {
            if (i == start || accounts[i] != accounts[k - 1])
            {
                accounts[k++] = accounts[i];
            }
        }

        var count = k - start;
        if (count < 2)
        {
            return;
        }

        // The bucket's share of all prompts, from the data's own rhythm (its density at the bucket's middle).
        var middle = _data.MinTime - 86_400 + (bucket * _waveBucket) + (_waveBucket / 2);
        var share = _promptDensity.At(middle) * _waveBucket;
        if (share <= 0)
        {
            return;
        }

        var w = (float)LinkWeights.WaveBits(count, users, share);
        var reach = count <= _cliqueMax ? count : _neighbours;
        for (var x = start; x < k; x++)
        {
            var a = (int)(accounts[x] & 0xFFFFFFFF);
            for (var y = x + 1; y < k && y <= x + reach; y++)
            {
                var b = (int)(accounts[y] & 0xFFFFFFFF);
                var pw = w;
                var key = LinkTable.Key(a, b);
                if (!_bucketPairs.TryGetValue(key, out var seen) || seen < pw)
                {
                    _bucketPairs[key] = pw;
                }
            }
        }
    }

    /// <summary>SplitMix64 finaliser (Steele et al., OOPSLA 2014): a fixed, well-spread order of account ids.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
