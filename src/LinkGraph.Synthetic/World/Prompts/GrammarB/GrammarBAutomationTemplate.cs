using System.Globalization;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// An honest batch pipeline: its instruction is written once (by a developer, for one company) and every call
/// sends the same words around a new payload.
/// </summary>
internal sealed class GrammarBAutomationTemplate : IPromptTemplate
{
    private readonly GrammarBRules _rules;
    private readonly string _prefix;
    private readonly string _payloadSymbol;
    private readonly string _suffix;

    private GrammarBAutomationTemplate(GrammarBRules rules, string prefix, string payloadSymbol, string suffix)
    {
        _rules = rules;
        _prefix = prefix;
        _payloadSymbol = payloadSymbol;
        _suffix = suffix;
    }

    /// <summary>A kind of job: wordings a developer might choose (with {0} for a per-pipeline parameter) and its payload.</summary>
    private sealed record Job(string[] Wordings, string[] Parameters, string Payload, string[] PayloadLabels);

    private static readonly Job[] Jobs =
    [
        new(
            [
                "Classify the following support ticket into one of [{0}]. Reply with the label only.",
                "You are a ticket router. Categories: {0}. Output exactly one category for the ticket below.",
                "Which category does this customer message belong to? Options: {0}. Answer in lowercase.",
            ],
            ["billing, bug, feature", "billing, technical, account, other", "refund, login, performance, feature request, spam", "urgent, normal, low"],
            "p.ticket",
            ["Ticket:", "Message:", "TICKET", "Customer text:"]),
        new(
            [
                "Rate the sentiment of this product review as positive, neutral or negative and give a one-line reason.",
                "Return JSON {{\"sentiment\": \"pos|neu|neg\", \"score\": 1-{0}}} for the review below.",
                "Summarize the main complaint in this review in under {0} words, or write NONE.",
            ],
            ["5", "10", "12", "15", "20"],
            "p.review",
            ["Review:", "REVIEW TEXT:", "Input:", "Customer review:"]),
        new(
            [
                "Extract vendor, invoice number, date, total and currency from the text below. Respond with JSON only.",
                "Parse this invoice line into the fields {0}. Use null for missing values.",
                "From the invoice text, return a CSV row with columns {0}. No header.",
            ],
            ["vendor, number, date, amount, currency", "supplier_name, invoice_id, issue_date, total, vat_rate", "company, id, due_date, total"],
            "p.invoice",
            ["Text:", "Invoice:", "DOCUMENT:", "Source:"]),
        new(
            [
                "Write a {0}-word product description for an online store. Friendly tone, no exclamation marks.",
                "Create an SEO title (max 60 characters) and a {0}-word description for this product.",
                "Generate {0} bullet points highlighting the benefits of this product for our catalog.",
            ],
            ["50", "80", "100", "120", "3", "5"],
            "p.product",
            ["Product:", "Item:", "PRODUCT DATA:", "Attributes:"]),
        new(
            [
                "Translate the following product title into {0}. Output only the translation.",
                "Translate to {0}, keeping brand names and units unchanged:",
                "Provide a natural {0} translation suitable for an e-commerce listing.",
            ],
            ["German", "French", "Spanish", "Japanese", "Portuguese", "Italian", "Dutch", "Korean"],
            "p.product",
            ["Text:", "Source:", "EN:", "Title:"]),
        new(
            [
                "Does this comment violate our community guidelines ({0})? Answer yes or no, then the category.",
                "Moderation check. Policies: {0}. Return ALLOW or REMOVE followed by the policy name.",
                "Label the comment as one of: ok, {0}.",
            ],
            ["spam, harassment, hate", "spam, abuse, self-promotion", "spam, toxicity, off-topic"],
            "p.comment",
            ["Comment:", "User comment:", "CONTENT:", "Post:"]),
        new(
            [
                "Summarize this meeting transcript in {0} bullet points and list action items with owners.",
                "Write meeting minutes ({0} bullets max) and a table of decisions from the transcript below.",
                "Extract all action items from the transcript as a JSON array, then a {0}-sentence summary.",
            ],
            ["3", "4", "5"],
            "p.meeting",
            ["Transcript:", "TRANSCRIPT", "Notes:", "Meeting log:"]),
        new(
            [
                "Assign a priority ({0}) to this email and suggest a one-sentence reply.",
                "Triage the email: priority {0}, category, and whether it needs a human.",
                "Is this email urgent? Use the scale {0} and explain in five words.",
            ],
            ["P1-P4", "high/medium/low", "1-5"],
            "p.email",
            ["Email:", "Incoming:", "MAIL:", "Message:"]),
        new(
            [
                "Normalize this postal address to JSON with fields {0}.",
                "Split the address into {0}. If a field is missing, leave it empty.",
                "Validate and standardize the address below; output fields {0}.",
            ],
            ["street, number, unit, city, postcode", "line1, line2, city, zip", "street, house_number, postal_code, locality"],
            "p.address",
            ["Address:", "Raw:", "INPUT:", "Customer address:"]),
        new(
            [
                "Write a PostgreSQL query for the question below. Tables: {0}. Return only SQL.",
                "Translate the business question into SQL for this schema: {0}.",
                "Given the schema {0}, write a query answering the request. No explanation.",
            ],
            ["orders(id, customer_id, amount, created_at), customers(id, name, region)", "sales(sku, qty, price, sold_at), products(sku, name, category)", "events(user_id, type, ts), users(id, plan, signup_date)"],
            "p.question",
            ["Question:", "Request:", "Q:", "Ask:"]),
        new(
            [
                "Write alt text (max {0} characters) for an image described as follows.",
                "Generate an accessible image caption of at most {0} characters.",
                "Describe the image for a screen reader in under {0} characters.",
            ],
            ["100", "125", "150", "200"],
            "p.image",
            ["Image:", "Description:", "Scene:", "IMG:"]),
        new(
            [
                "Explain the likely root cause of this log line and suggest a fix in {0} sentence(s).",
                "Classify the log entry as infra, code or config issue, with a {0}-sentence justification.",
                "On-call assistant: what should I check first for this alert? Max {0} sentences.",
            ],
            ["1", "2", "3"],
            "p.log",
            ["Log:", "Alert:", "LINE:", "Entry:"]),
    ];

    private static readonly string[] SystemLines =
    [
        "", "", "", "You are an assistant for {0}.", "Context: internal tool at {0}.", "[{0} automation]", "{0} | batch job",
    ];

    private static readonly string[] Companies =
    [
        "Acme Corp", "Northwind", "Bluebird Health", "Helios Energy", "Kestrel Bank", "Tidewater Retail", "Quanta Labs",
        "Orchard Foods", "Meridian Travel", "Lumen Insurance", "Falcon Freight", "Pinecone Media",
    ];

    public static GrammarBAutomationTemplate Create(GrammarBRules rules, Random random)
    {
        var job = Jobs[random.Next(Jobs.Length)];
        var wording = job.Wordings[random.Next(job.Wordings.Length)];
        var parameter = job.Parameters[random.Next(job.Parameters.Length)];
        var instruction = string.Format(CultureInfo.InvariantCulture, wording, parameter);
        var system = SystemLines[random.Next(SystemLines.Length)];
        if (system.Length > 0)
        {
            system = string.Format(CultureInfo.InvariantCulture, system, Companies[random.Next(Companies.Length)]) + "\n";
        }

        var label = job.PayloadLabels[random.Next(job.PayloadLabels.Length)];
        var payloadFirst = random.NextDouble() < 0.2;
        var gap = random.NextDouble() < 0.5 ? "\n\n" : "\n";
        var quote = random.Next(3) switch
        {
            0 => ("\"\"\"", "\"\"\""),
            1 => ("```", "```"),
            _ => (string.Empty, string.Empty),
        };

        // Either "instruction, then payload" or "payload, then instruction"; both stay fixed for the pipeline.
        var prefix = payloadFirst ? system + label + " " + quote.Item1 : system + instruction + gap + label + " " + quote.Item1;
        var suffix = payloadFirst ? quote.Item2 + gap + instruction : quote.Item2;
        return new GrammarBAutomationTemplate(rules, prefix, job.Payload, suffix);
    }

    public string Render(Random random) => _prefix + _rules.Expand(_payloadSymbol, random) + _suffix;
}
