using System.Globalization;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>An honest pipeline's prompt: the same instruction every time, a new record as payload.</summary>
internal sealed class AutomationTemplate : IPromptTemplate
{
    private static readonly string[] Instructions =
    [
        "Summarize the following customer ticket in three bullet points.",
        "Extract the invoice number, date and total from this text and return JSON.",
        "Classify the sentiment of this review as positive, negative or neutral.",
        "Translate the following product description into German, keeping the formatting.",
        "Rewrite this log excerpt as a short incident note for the on-call channel.",
        "Tag this support message with one of: billing, shipping, account, other.",
        "Generate a title of at most eight words for the article below.",
        "List the action items in these meeting notes with owners and due dates.",
    ];

    private static readonly string[] Products = GrammarAWords.Split("router kettle headset invoice subscription parcel charger license dashboard printer scooter mattress");

    private static readonly string[] Problems = GrammarAWords.Split("stopped-working|arrived-damaged|was-charged-twice|cannot-log-in|is-missing-a-part|shows-an-error|was-never-delivered", '|');

    private readonly string _instruction;
    private readonly string _footer;
    private readonly int _payloadKind;

    public AutomationTemplate(Random random)
    {
        _instruction = GrammarAWords.Pick(random, Instructions);
        _footer = random.Next(3) switch { 0 => "", 1 => "Respond with JSON only.", _ => "Do not add commentary." };
        _payloadKind = random.Next(3);
    }

    public string Render(Random random)
    {
        var product = GrammarAWords.Pick(random, Products);
        var problem = GrammarAWords.Pick(random, Problems).Replace('-', ' ');
        var payload = _payloadKind switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"Ticket #{random.Next(10000, 999999)}: customer says the {product} {problem} after {random.Next(1, 30)} days."),
            1 => string.Create(CultureInfo.InvariantCulture, $"INV-{random.Next(1000, 99999)} dated 2026-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}, {random.Next(1, 40)} x {product} at {random.Next(5, 900)}.{random.Next(0, 99):D2} EUR."),
            _ => string.Create(CultureInfo.InvariantCulture, $"[{random.Next(0, 24):D2}:{random.Next(0, 60):D2}] worker-{random.Next(1, 64)} {product} job {random.Next(100000, 999999)} {problem}; retries={random.Next(0, 5)}"),
        };
        return _footer.Length == 0 ? $"{_instruction}\n\n{payload}" : $"{_instruction}\n\n{payload}\n\n{_footer}";
    }
}
