namespace LinkGraph.Synthetic.World;

/// <summary>
/// A residential or mobile proxy pool: its exits sit either in a few /16s or spread over thousands of /24s
/// (partly inside ordinary ISPs' space). Hydra campaigns and the pool's honest customers draw exits from it.
/// </summary>
public sealed class ProxyPool
{
    private readonly uint[] _prefixes;
    private readonly int _prefixLength;

    public ProxyPool(Random random, WorldParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(parameters);
        Concentrated = random.NextDouble() < 0.4;
        if (Concentrated)
        {
            _prefixLength = 16;
            _prefixes = new uint[random.Next(1, 7)];
            for (var i = 0; i < _prefixes.Length; i++)
            {
                _prefixes[i] = IpSpace.Slash16(random);
            }
        }
        else
        {
            _prefixLength = 24;
            _prefixes = new uint[random.Next(500, 6000)];
            for (var i = 0; i < _prefixes.Length; i++)
            {
                // Residential exits are home lines: many inside the same ISPs honest people use.
                var isp = random.NextDouble() < 0.5 ? parameters.Isps[random.Next(parameters.Isps.Length)] : IpSpace.Slash16(random);
                _prefixes[i] = isp | (uint)random.Next(256) << 8;
            }
        }
    }

    public bool Concentrated { get; }

    public string Exit(Random random) =>
        IpSpace.Format(IpSpace.Host(_prefixes[random.Next(_prefixes.Length)], _prefixLength, (ulong)random.NextInt64()));
}
