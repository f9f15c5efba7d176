using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Honest;

/// <summary>Building blocks of honest accounts: sign-up records, personal devices, home lines, cards, prompts.</summary>
internal static class People
{
    /// <summary>
    /// Opens an account and writes its sign-up record: an account created before the window has an old record
    /// or none; one created inside it signs up at <paramref name="signupMs"/> (or a random moment), and its record
    /// sometimes arrives only after its first activity. Returns when the account can first be active.
    /// </summary>
    public static long Open(Population population, Random random, string account, string? emailDomain, string country, string? org, long? signupMs = null)
    {
        var parameters = population.Parameters;
        long signup;
        if (signupMs is { } given)
        {
            signup = given;
        }
        else if (random.NextDouble() < parameters.OldAccountShare)
        {
            if (random.NextDouble() < 0.5)
            {
                population.Signup(account, population.StartMs - (long)(WorldParameters.LogUniform(random, 2, 1500) * Clock.Day), emailDomain, country, org);
            }

            return population.StartMs;
        }
        else
        {
            signup = population.StartMs + (long)(random.NextDouble() * (population.EndMs - population.StartMs));
        }

        var recorded = random.NextDouble() < 0.06 ? signup + (long)(WorldParameters.LogUniform(random, 0.02, 72) * Clock.Hour) : signup;
        population.Signup(account, recorded, emailDomain, country, org);
        return signup;
    }

    /// <summary>Someone's own device: a popular build (shared with many) or a fingerprint nobody else has; both drift with releases.</summary>
    public static Func<Random, long, string> PersonalDevice(Population population, Random random)
    {
        var shared = population.Shared;
        var key = random.NextDouble() < population.Parameters.PopularDeviceShare ? shared.PopularBuild(random) : population.Ids.DeviceKey();
        var lag = random.Next(0, 15);
        return (_, at) => shared.BuildFingerprint(key, at, lag);
    }

    /// <summary>A phone and a computer: sessions pick one.</summary>
    public static Func<Random, long, string> TwoDevices(Func<Random, long, string> first, Func<Random, long, string> second, double firstShare) =>
        (r, at) => r.NextDouble() < firstShare ? first(r, at) : second(r, at);

    public static Func<Random, long, string?> HomeAddress(Population population, Random random, HomeLine? line = null)
    {
        var home = line ?? HomeLine.Draw(random, population.Parameters);
        var carriers = population.Shared.Carriers;
        var mobile = random.NextDouble() < 0.4 ? WorldParameters.Uniform(random, 0.05, 0.4) : 0;
        var carrier = carriers[random.Next(carriers.Count)];
        var key = (ulong)random.NextInt64();
        return (r, at) => r.NextDouble() < mobile ? carrier.Sticky(key, at, 4) : home.Address(at, r);
    }

    public static string? MaybeCard(Population population, Random random, double share)
    {
        if (random.NextDouble() >= share)
        {
            return null;
        }

        var card = population.Ids.Card();
        population.Shared.RememberHonestCard(card);
        return card;
    }

    public static Func<Random, long, string> Ordinary(Population population, Random random)
    {
        var topic = random.Next();
        var grammar = population.Grammar;
        return (r, _) => grammar.OrdinaryPrompt(r, topic);
    }

    /// <summary>A plain honest account on its own: home line, own device and card, ordinary prompts.</summary>
    public static Life Ordinary(Population population, Random random, string account, long from, Rhythm rhythm, int offset, double sessionsFactor = 1) => new()
    {
        Account = account,
        Rhythm = rhythm,
        OffsetHours = offset,
        Address = HomeAddress(population, random),
        Device = TwoDevices(PersonalDevice(population, random), PersonalDevice(population, random), 0.6),
        Prompt = Ordinary(population, random),
        Card = MaybeCard(population, random, 0.6),
        Client = Developer(population, random, 0.08),
        Sessions = Life.SessionCount(random, population.Parameters, sessionsFactor),
        FromMs = from,
    };

    /// <summary>For a share of people, the client library they call the API with (shared with everyone on it).</summary>
    public static string? Developer(Population population, Random random, double share)
    {
        var libraries = population.Shared.ClientLibraries;
        return random.NextDouble() < share ? libraries[random.Next(libraries.Length)] : null;
    }

    public static void EmitPrompt(Population population, string account, long at, string text) =>
        population.Emit(EventType.Prompt, account, at, text);
}
