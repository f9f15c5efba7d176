using System.Globalization;
using System.Text;
using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World;

/// <summary>
/// Collects event lines as the world produces them and writes them the way producers deliver: the window is cut
/// into chunks (a day, or shorter when a chunk would hold too many events); each producer's events of a chunk
/// form one batch, shuffled within; batches follow chunk order with producers in random order. A share of
/// events arrives late (a later chunk) and a share of those with ids is delivered twice. Lines wait in memory
/// and spill to one temporary file per batch, so the world never holds all of its events.
/// </summary>
public sealed class EventSpool : IDisposable
{
    private const int MaxLateChunks = 8;
    private const long SpillChars = 64L << 20;

    private readonly Producer[] _producers;
    private readonly Random _random;
    private readonly IdMint _ids;
    private readonly long _startMs;
    private readonly long _chunkMs;
    private readonly int _chunks;
    private readonly StringBuilder?[] _buffers;
    private readonly bool[] _spilled;
    private readonly double _lateShare;
    private readonly double _redeliveryShare;
    private readonly string _directory;
    private long _buffered;

    public EventSpool(WorldParameters parameters, Random random, IdMint ids, long expectedEvents)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _random = random;
        _ids = ids;
        _producers = [Producer.Draw(random, "accounts"), Producer.Draw(random, "billing"), Producer.Draw(random, "edge"), Producer.Draw(random, "api")];
        if (!_producers.Any(p => p.SendsIds))
        {
            // Re-delivery is only visible through ids, so at least one producer sends them.
            _producers[3] = Producer.Draw(random, "api", sendsIds: true);
        }

        if (!_producers.Any(p => p.BrokenClockShare > 0))
        {
            // Some clock is always broken somewhere, for a tiny share of its events.
            var index = random.Next(_producers.Length);
            _producers[index] = Producer.Draw(random, _producers[index].Name, _producers[index].SendsIds, brokenClock: true);
        }

        _startMs = parameters.StartMs;
        var chunksInWindow = (int)Math.Clamp(Math.Max(parameters.SpanDays, expectedEvents / 150_000), 1, 2048);
        _chunkMs = Math.Max(60_000, parameters.SpanDays * 86_400_000L / chunksInWindow);
        _chunks = chunksInWindow + MaxLateChunks + 8;
        _buffers = new StringBuilder?[_chunks * _producers.Length];
        _spilled = new bool[_buffers.Length];
        _lateShare = WorldParameters.Uniform(random, 0.005, 0.05);
        _redeliveryShare = WorldParameters.Uniform(random, 0.001, 0.02);
        _directory = Directory.CreateTempSubdirectory("linkgraph-world-").FullName;
    }

    public long Events { get; private set; }

    public IReadOnlyList<Producer> Producers => _producers;

    public void Add(EventType type, string account, long atMs, string? value, string? emailDomain = null, string? country = null, string? org = null)
    {
        var producerIndex = type switch
        {
            EventType.Account => 0,
            EventType.Payment => 1,
            EventType.Ip or EventType.Device => 2,
            _ => 3,
        };
        var producer = _producers[producerIndex];
        var chunk = (int)Math.Clamp((atMs - _startMs) / _chunkMs, 0, _chunks - MaxLateChunks - 9);
        chunk = (chunk / producer.BatchChunks + 1) * producer.BatchChunks - 1;
        if (_random.NextDouble() < _lateShare)
        {
            chunk += _random.Next(1, MaxLateChunks + 1);
        }

        chunk = Math.Min(chunk, _chunks - 1);
        var buffer = Buffer(chunk, producerIndex);
        var begin = buffer.Length;
        var id = producer.SendsIds ? _ids.EventId() : null;
        WriteLine(buffer, producer, type, account, atMs, value, id, emailDomain, country, org);
        var length = buffer.Length - begin;
        _buffered += length;
        Events++;
        if (id is not null && _random.NextDouble() < _redeliveryShare)
        {
            var again = Math.Min(_chunks - 1, chunk + _random.Next(0, 7));
            Buffer(again, producerIndex).Append(buffer, begin, length);
            _buffered += length;
            Events++;
        }

        if (_buffered > SpillChars)
        {
            Spill();
        }
    }

    /// <summary>Writes every batch in delivery order.</summary>
    public void WriteTo(TextWriter output, CancellationToken cancellationToken, Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var order = Enumerable.Range(0, _producers.Length).ToArray();
        var lines = new List<string>();
        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Invoke(chunk / (double)_chunks);
            _random.Shuffle(order);
            foreach (var producer in order)
            {
                var index = chunk * _producers.Length + producer;
                lines.Clear();
                if (_spilled[index])
                {
                    lines.AddRange(File.ReadLines(PathOf(index)));
                }

                if (_buffers[index] is { } buffer)
                {
                    lines.AddRange(buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
                    _buffers[index] = null;
                }

                var batch = lines.ToArray();
                _random.Shuffle(batch);
                foreach (var line in batch)
                {
                    output.Write(line);
                    output.Write('\n');
                }
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files only; the system cleans its temp directory.
        }
    }

    private StringBuilder Buffer(int chunk, int producer)
    {
        var index = chunk * _producers.Length + producer;
        return _buffers[index] ??= new StringBuilder(256);
    }

    private void Spill()
    {
        for (var i = 0; i < _buffers.Length; i++)
        {
            if (_buffers[i] is not { Length: > 0 } buffer)
            {
                continue;
            }

            using (var writer = new StreamWriter(PathOf(i), append: true, new UTF8Encoding(false), 1 << 16))
            {
                writer.Write(buffer);
            }

            _spilled[i] = true;
            _buffers[i] = null;
        }

        _buffered = 0;
    }

    private string PathOf(int index) => Path.Combine(_directory, index.ToString(CultureInfo.InvariantCulture) + ".part");

    private void WriteLine(StringBuilder line, Producer producer, EventType type, string account, long atMs, string? value, string? id, string? emailDomain, string? country, string? org)
    {
        line.Append("{\"type\":\"").Append(TypeName(type)).Append("\",\"account\":");
        JsonText.AppendString(line, account);
        line.Append(",\"at\":\"");
        Timestamps.Append(line, Displayed(producer, atMs), producer.OffsetMinutes, producer.Milliseconds && !producer.MinutePrecision);
        line.Append('"');
        if (value is not null)
        {
            line.Append(",\"value\":");
            JsonText.AppendString(line, value);
        }

        if (id is not null)
        {
            line.Append(",\"id\":\"").Append(id).Append('"');
        }

        AppendAttribute(line, "email_domain", emailDomain);
        AppendAttribute(line, "country", country);
        AppendAttribute(line, "org", org);
        line.Append("}\n");
    }

    private long Displayed(Producer producer, long atMs)
    {
        if (producer.BrokenClockShare > 0 && _random.NextDouble() < producer.BrokenClockShare)
        {
            // A broken clock: the epoch, or a far-future default.
            return _random.Next(2) == 0 ? _random.Next(0, 86_400) * 1000L : new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() + _random.Next(0, 86_400) * 1000L;
        }

        var shown = atMs + producer.SkewSeconds * 1000L;
        return producer.MinutePrecision ? shown - ((shown % 60_000) + 60_000) % 60_000 : shown;
    }

    private static void AppendAttribute(StringBuilder line, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        line.Append(",\"").Append(name).Append("\":");
        JsonText.AppendString(line, value);
    }

    private static string TypeName(EventType type) => type switch
    {
        EventType.Account => "account",
        EventType.Payment => "payment",
        EventType.Ip => "ip",
        EventType.Device => "device",
        _ => "prompt",
    };
}
