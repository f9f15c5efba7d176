using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>Hands out a campaign's cards to its accounts according to its <see cref="PaymentMode"/>.</summary>
internal sealed class CampaignWallet
{
    private readonly Population _population;
    private readonly List<string> _cards = [];
    private readonly int _perCard;
    private int _used;

    public CampaignWallet(Population population, Random random, PaymentMode mode, double payShare)
    {
        _population = population;
        Mode = mode;
        PayShare = payShare;
        _perCard = random.Next(3, 31);
        if (mode == PaymentMode.Stolen)
        {
            var honest = population.Shared.HonestCards;
            for (var i = random.Next(1, 6); i > 0; i--)
            {
                _cards.Add(honest.Count > 0 ? honest[random.Next(honest.Count)] : population.Ids.Card());
            }
        }
    }

    public PaymentMode Mode { get; }

    public double PayShare { get; }

    public string? CardFor(Random random)
    {
        if (random.NextDouble() >= PayShare)
        {
            return null;
        }

        switch (Mode)
        {
            case PaymentMode.CardFarm:
                if (_cards.Count == 0 || _used >= _perCard)
                {
                    _cards.Add(_population.Ids.Card());
                    _used = 0;
                }

                _used++;
                return _cards[^1];
            case PaymentMode.Stolen:
                return _cards[random.Next(_cards.Count)];
            default:
                return _population.Ids.Card();
        }
    }

    /// <summary>A first charge and top-ups while the account works.</summary>
    public static void Charge(Population population, Random random, string account, string card, long from, long to)
    {
        var at = from + random.Next(60_000, 7_200_000);
        do
        {
            population.Emit(EventType.Payment, account, at, card);
            at += (long)WorldParameters.LogUniform(random, 1, 30) * Clock.Day;
        }
        while (at < to && random.NextDouble() < 0.6);
    }
}
