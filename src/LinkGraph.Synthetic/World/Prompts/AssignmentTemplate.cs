using System.Globalization;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>A course assignment: a fixed text students paste whole or in part, with their own words around it.</summary>
internal sealed class AssignmentTemplate : IPromptTemplate
{
    private static readonly string[] Courses = GrammarAWords.Split("CS MATH PHYS CHEM BIO ECON STAT PHIL");

    private static readonly string[] Asks =
    [
        "can you help me with part b?",
        "I don't understand what the question wants.",
        "I got a different answer, where did I go wrong?",
        "explain it simply please",
        "due tomorrow, need the main idea",
        "what formula should I use here",
        "is my approach right? I started by drawing the diagram.",
        "give me a hint, not the full answer",
    ];

    private readonly string[] _parts;
    private readonly string _title;

    public AssignmentTemplate(Random random)
    {
        _title = string.Create(CultureInfo.InvariantCulture,
            $"{GrammarAWords.Pick(random, Courses)} {random.Next(100, 480)} Homework {random.Next(1, 12)}:");
        _parts = new string[random.Next(2, 5)];
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i] = $"({(char)('a' + i)}) {GrammarAWords.Question(random)}";
        }
    }

    public string Render(Random random)
    {
        // Some students paste everything, some one part, and most add a line of their own.
        var body = random.NextDouble() < 0.5 ? string.Join(' ', _parts) : _parts[random.Next(_parts.Length)];
        var ask = random.NextDouble() < 0.8 ? GrammarAWords.Pick(random, Asks) : "";
        return random.Next(2) == 0 ? $"{_title} {body} {ask}".TrimEnd() : $"{ask} {_title} {body}".TrimStart();
    }
}
