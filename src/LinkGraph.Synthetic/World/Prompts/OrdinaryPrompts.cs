using System.Globalization;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>Everyday prompts of grammar "a": a topic picks a domain and a few favourite things within it.</summary>
internal static class OrdinaryPrompts
{
    private static readonly string[][] Domains =
    [
        GrammarAWords.Split("sourdough risotto curry dumplings lasagne pancakes marinade brisket ramen hummus"),
        GrammarAWords.Split("tomatoes roses compost succulents orchids hedges seedlings lawn basil blueberries"),
        GrammarAWords.Split("python-script regex dataframe docker-container api-endpoint unit-test sql-join git-rebase react-hook rust-lifetime"),
        GrammarAWords.Split("lisbon kyoto patagonia iceland morocco road-trip hostel rail-pass carry-on visa"),
        GrammarAWords.Split("budget index-fund mortgage tax-return credit-score pension savings-account invoice side-income rent"),
        GrammarAWords.Split("marathon deadlift stretching protein yoga swimming knee-pain sleep cycling squat"),
        GrammarAWords.Split("byzantium napoleon silk-road printing-press cold-war pharaohs vikings renaissance meiji-era ottomans"),
        GrammarAWords.Split("chord-progression jazz-scale guitar-riff drum-groove piano-voicing synth-patch mixing vocal-harmony metronome tempo"),
        GrammarAWords.Split("cover-letter resume interview salary-negotiation promotion manager remote-work burnout linkedin-post career-change"),
        GrammarAWords.Split("toddler bedtime homework teenager allowance birthday-party screen-time tantrum school-lunch daycare"),
        GrammarAWords.Split("short-story poem villain plot-twist dialogue worldbuilding haiku fantasy-map protagonist sonnet"),
        GrammarAWords.Split("puppy cat-litter aquarium parrot dog-training vet-visit hamster leash kitten rescue-dog"),
        GrammarAWords.Split("excel-formula pivot-table powerpoint email-draft spreadsheet meeting-agenda slide-deck memo report calendar"),
        GrammarAWords.Split("black-hole photosynthesis vaccine climate volcano dna tides quantum-computer eclipse evolution"),
        GrammarAWords.Split("bike-repair leaky-faucet drywall wiring paint shelf tile-grout furniture gutters insulation"),
        GrammarAWords.Split("spanish-verbs japanese-kanji french-accent german-cases mandarin-tones italian-phrases latin-roots grammar vocabulary pronunciation"),
    ];

    private static readonly string[] Patterns =
    [
        "How do I {v} {n} without {m}?",
        "What's the best way to {v} {n}?",
        "can you explain {n} like im new to this",
        "Write a short {f} about {n} and {m}.",
        "Give me {k} ideas involving {n}.",
        "Compare {n} and {m} for a beginner.",
        "Why is my {n} not working? I already tried {m}.",
        "Make a {k}-step plan for {n} this week.",
        "{n} vs {m}, which one should I pick and why",
        "Help me understand {n}. Keep it under {k} sentences.",
        "Quick question about {n}: does {m} matter?",
        "I want to get better at {n}. Where should I start?",
    ];

    private static readonly string[] Openings = ["", "", "", "hey, ", "Quick one: ", "Please help. ", "ok so ", "Hi! ", "Serious question: ", "Not sure if this is dumb but "];

    private static readonly string[] Closings = ["", "", "", " Thanks!", " thx", " Be concise.", " Use bullet points.", " Explain your reasoning briefly.", " Keep it friendly.", " Answer in under 100 words."];

    private static readonly string[] Details =
    [
        "I have about {k} hours a week for this.",
        "My budget is around {d} dollars.",
        "I tried it {k} times already and it did not work.",
        "This is for my {r}.",
        "I'm a complete beginner.",
        "I've been doing this for {k} years.",
        "It needs to be done by {w}.",
        "The last time I did this was in {y}.",
    ];

    private static readonly string[] Relations = GrammarAWords.Split("sister brother mom dad partner boss neighbour roommate team class club kid");

    private static readonly string[] Weekdays = GrammarAWords.Split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday tomorrow tonight");

    private static readonly string[] Actions = GrammarAWords.Split("fix improve plan learn organise choose start schedule clean prepare");

    private static readonly string[] Formats = GrammarAWords.Split("paragraph list email poem summary checklist story");

    public static string Render(Random random, int topic)
    {
        // The topic alone fixes the domain and two favourites, so one person's prompts stay related.
        var mix = (uint)topic * 2654435761u;
        var domain = Domains[(int)(mix % (uint)Domains.Length)];
        var favourite = domain[(int)((mix >> 8) % (uint)domain.Length)];
        var second = domain[(int)((mix >> 16) % (uint)domain.Length)];
        var n = (random.NextDouble() < 0.6 ? favourite : GrammarAWords.Pick(random, domain)).Replace('-', ' ');
        var m = (random.NextDouble() < 0.4 ? second : GrammarAWords.Pick(random, domain)).Replace('-', ' ');
        var text = GrammarAWords.Pick(random, Patterns)
            .Replace("{v}", GrammarAWords.Pick(random, Actions), StringComparison.Ordinal)
            .Replace("{n}", n, StringComparison.Ordinal)
            .Replace("{m}", m, StringComparison.Ordinal)
            .Replace("{f}", GrammarAWords.Pick(random, Formats), StringComparison.Ordinal)
            .Replace("{k}", random.Next(3, 11).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // Openings, personal details and closings make most prompts of unrelated people differ, as real ones do.
        var opening = Openings[random.Next(Openings.Length)];
        var closing = Closings[random.Next(Closings.Length)];
        if (random.NextDouble() < 0.6)
        {
            var detail = Details[random.Next(Details.Length)]
                .Replace("{k}", random.Next(2, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{d}", (random.Next(1, 200) * 10).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{r}", GrammarAWords.Pick(random, Relations), StringComparison.Ordinal)
                .Replace("{w}", GrammarAWords.Pick(random, Weekdays), StringComparison.Ordinal)
                .Replace("{y}", random.Next(1995, 2026).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            text = random.Next(2) == 0 ? $"{detail} {text}" : $"{text} {detail}";
        }

        if (random.NextDouble() < 0.2)
        {
            text = $"{text} {GrammarAWords.Sentence(random)}";
        }

        return opening + text + closing;
    }
}
