using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World;

/// <summary>
/// How one honest account behaves: where it connects from, on which device, what it asks, when, and how it pays.
/// <see cref="Live"/> turns that into sessions of events inside the window.
/// </summary>
public sealed class Life
{
    public required string Account { get; init; }

    public required Rhythm Rhythm { get; init; }

    public required int OffsetHours { get; init; }

    /// <summary>The address of a session at a time (null: the session reports none).</summary>
    public required Func<Random, long, string?> Address { get; init; }

    /// <summary>The device fingerprint of a session at a time.</summary>
    public required Func<Random, long, string> Device { get; init; }

    public required Func<Random, long, string> Prompt { get; init; }

    public string? Card { get; init; }

    /// <summary>A client library (TLS fingerprint) some sessions go through: developers calling the API from code.</summary>
    public string? Client { get; init; }

    /// <summary>Sessions in the window.</summary>
    public required int Sessions { get; init; }

    public long FromMs { get; init; } = long.MinValue;

    public long ToMs { get; init; } = long.MaxValue;

    /// <summary>Draws a heavy-tailed session count with the world's mean, times <paramref name="factor"/>.</summary>
    public static int SessionCount(Random random, WorldParameters parameters, double factor = 1)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var value = Math.Exp(Math.Log(parameters.MeanSessions * factor) - 0.5 + normal);
        return (int)Math.Clamp(Math.Round(value), 1, 400);
    }

    public void Live(Population population, Random random)
    {
        var from = Math.Max(FromMs, population.StartMs);
        var to = Math.Min(ToMs, population.EndMs);
        if (Card is not null)
        {
            Pay(population, random, from, to);
        }

        for (var s = 0; s < Sessions; s++)
        {
            var at = Clock.Sample(random, Rhythm, OffsetHours, from, to);
            Session(population, random, at);
        }
    }

    public void Session(Population population, Random random, long at)
    {
        if (Address(random, at) is { } address && random.NextDouble() < 0.9)
        {
            population.Emit(EventType.Ip, Account, at, address);
        }

        if (random.NextDouble() < population.Parameters.DeviceEventShare)
        {
            population.Emit(EventType.Device, Account, at + random.Next(0, 5000), Device(random, at));
        }

        if (Client is not null && random.NextDouble() < 0.3)
        {
            population.Emit(EventType.Device, Account, at + random.Next(0, 5000), Client);
        }

        var prompts = 1 + (int)Math.Min(12, -Math.Log(1 - random.NextDouble()) * 1.3);
        var t = at;
        for (var i = 0; i < prompts; i++)
        {
            t += random.Next(5_000, 600_000);
            population.Emit(EventType.Prompt, Account, t, Prompt(random, t));
        }
    }

    private void Pay(Population population, Random random, long from, long to)
    {
        // A first charge, then a monthly subscription for some, occasional top-ups for others.
        var at = from + (long)(random.NextDouble() * Math.Min(to - from, 30 * Clock.Day));
        var recurring = random.NextDouble() < 0.5;
        while (at < to)
        {
            population.Emit(EventType.Payment, Account, at, Card!);
            at += recurring ? 30 * Clock.Day + random.Next(-2, 3) * Clock.Hour : (long)(random.NextDouble() * 60 * Clock.Day) + Clock.Day;
        }
    }
}
