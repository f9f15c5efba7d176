using System.Globalization;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>Grammar "a"'s vocabulary and the small generators of slot content (questions, answers, sentences).</summary>
internal static class GrammarAWords
{
    public static readonly string[] Fields = Split("physics chemistry algebra geometry calculus statistics biology economics logic programming probability astronomy genetics thermodynamics optics linguistics accounting combinatorics");

    private static readonly string[] Nouns = Split("train river bridge battery magnet pendulum triangle circle bacteria enzyme market price loan contract robot sensor planet comet crystal acid salt vector matrix graph tree queue engine turbine lens mirror glacier forest village ladder rope tank pump valve coin dice card spring wheel gear satellite cell protein vaccine neuron mortgage tariff harvest orchard rocket");

    private static readonly string[] Verbs = Split("accelerates cools expands rotates decays doubles collapses oscillates dissolves shrinks heats slows balances flips spreads freezes melts reflects splits merges");

    private static readonly string[] Adjectives = Split("small heavy frozen hollow charged ancient rapid uniform random hidden circular square narrow dense fragile steady noisy bright");

    private static readonly string[] Names = Split("Ana Ben Chen Dara Eli Femi Gita Hugo Ines Jun Kofi Lena Milo Noor Omar Pia Ravi Sana Tomas Uma Vera Wen Yara Zane");

    private static readonly string[] Criteria = Split("correctness clarity completeness rigour notation structure efficiency originality justification units presentation");

    private static readonly string[] Headers = ["### Instructions", "TASK", "[eval-set]", "Batch item", "Internal QA", "Reasoning dataset entry", "Review request", "---"];

    private static readonly string[] Openers = Split("Note that|In this setting|As usual|Keep in mind that|It turns out that|Historically|In practice|By convention", '|');

    public static string[] Split(string words, char separator = ' ') => words.Split(separator, StringSplitOptions.RemoveEmptyEntries);

    public static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    public static void Shuffle<T>(Random random, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public static string Header(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Pick(random, Headers)} {random.Next(1, 999)}");

    public static string Number(Random random) => random.Next(2, 500).ToString(CultureInfo.InvariantCulture);

    /// <summary>A fresh exam-style question; numbers and nouns make near every instance distinct.</summary>
    public static string Question(Random random) => random.Next(8) switch
    {
        0 => $"Why does the {Pick(random, Adjectives)} {Pick(random, Nouns)} {Pick(random, Verbs)} when the {Pick(random, Nouns)} {Pick(random, Verbs)}?",
        1 => $"A {Pick(random, Nouns)} moves at {Number(random)} m/s and another at {Number(random)} m/s; after how many seconds are they {Number(random)} m apart?",
        2 => $"Prove that the sum of the first {Number(random)} odd numbers is a perfect square.",
        3 => $"{Pick(random, Names)} has {Number(random)} {Pick(random, Nouns)}s and gives away {Number(random)} of them each week; when does {Pick(random, Names)} run out?",
        4 => $"What is the probability of drawing {random.Next(2, 6)} {Pick(random, Adjectives)} cards from a deck of {Number(random)}?",
        5 => $"Write a function that returns the {Pick(random, Adjectives)} elements of a {Pick(random, Nouns)} list in O(n log n) time, for inputs of size {Number(random)}.",
        6 => $"Solve for x: {random.Next(2, 20)}x + {Number(random)} = {Number(random)} - {random.Next(2, 9)}x.",
        _ => $"Is it true that every {Pick(random, Adjectives)} {Pick(random, Nouns)} that {Pick(random, Verbs)} must also be {Pick(random, Adjectives)}? Justify.",
    };

    public static string Answer(Random random) => random.Next(4) switch
    {
        0 => $"x = {Number(random)}",
        1 => $"{Number(random)}.{random.Next(10, 99)}",
        2 => $"the {Pick(random, Nouns)} {Pick(random, Verbs)} first",
        _ => random.Next(2) == 0 ? "true" : "false, by counterexample",
    };

    public static string Rubric(Random random) =>
        $"{Pick(random, Criteria)} ({random.Next(1, 6)} pts), {Pick(random, Criteria)} ({random.Next(1, 6)} pts), {Pick(random, Criteria)} ({random.Next(1, 6)} pts)";

    public static string Sentence(Random random) =>
        $"{Pick(random, Openers)} the {Pick(random, Adjectives)} {Pick(random, Nouns)} {Pick(random, Verbs)} about {Number(random)} times before the {Pick(random, Nouns)} {Pick(random, Verbs)}.";
}
