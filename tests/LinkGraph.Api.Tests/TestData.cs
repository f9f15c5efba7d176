using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Api.Tests;

/// <summary>Known events and detection results, and small HTTP helpers.</summary>
public static class TestData
{
    public const string SecretPrompt = "Imagine the reasoning behind this answer and write it out step by step: the secret launch plan";

    /// <summary>Three accounts sharing a card and a device, one with a prompt; every event has an id.</summary>
    public static string Ndjson(string prefix = "acc") =>
        string.Join('\n',
            $$"""{"type":"account","account":"{{prefix}}_1","at":"2026-02-01T12:00:00Z","email_domain":"example.com","country":"SG","id":"{{prefix}}-e1"}""",
            $$"""{"type":"payment","account":"{{prefix}}_1","at":"2026-02-01T12:03:10Z","value":"card_fp_9f8a21","id":"{{prefix}}-e2"}""",
            $$"""{"type":"payment","account":"{{prefix}}_2","at":"2026-02-01T12:03:20Z","value":"card_fp_9f8a21","id":"{{prefix}}-e3"}""",
            $$"""{"type":"payment","account":"{{prefix}}_3","at":"2026-02-01T12:03:30Z","value":"card_fp_9f8a21","id":"{{prefix}}-e4"}""",
            $$"""{"type":"device","account":"{{prefix}}_2","at":"2026-02-01T12:03:11Z","value":"ja4:t13d1516h2","id":"{{prefix}}-e5"}""",
            $$"""{"type":"ip","account":"{{prefix}}_2","at":"2026-02-01T12:03:11Z","value":"203.0.113.7","id":"{{prefix}}-e6"}""",
            $$"""{"type":"prompt","account":"{{prefix}}_2","at":"2026-02-01T12:05:00Z","value":"{{SecretPrompt}}","id":"{{prefix}}-e7"}""") + "\n";

    public const int NdjsonEvents = 7;

    public static Ring Ring(string id, double score, bool flagged, string[] accounts, string signal = "payment") =>
        new(id, score, flagged, accounts.Length, accounts, new Dictionary<string, int> { [signal] = 1 },
            [new RingEvidence(signal, "card_fp_9f8a21", accounts.Length)], [$"{accounts.Length} accounts paid with one card"]);

    /// <summary>A result naming acc_1..3 as one ring and two unrelated rings.</summary>
    public static DetectionResult Result(string prefix = "") => new(
        Accounts: 9,
        Links: 6,
        Rings:
        [
            Ring(prefix + "ring-a", 0.95, true, ["acc_1", "acc_2", "acc_3"]),
            Ring(prefix + "ring-b", 0.7, true, ["x_1", "x_2"], "ip"),
            Ring(prefix + "ring-c", 0.1, false, ["y_1", "y_2", "y_3", "y_4"], "device"),
        ],
        Stages: [new StageRecord(RunStages.Signals, TimeSpan.FromMilliseconds(5), 7, 3)],
        StrongLinks: [new AccountLink("acc_1", "acc_2", 21.5, ["payment"]), new AccountLink("acc_3", "acc_2", 30, ["payment", "device"])],
        DerivedObservations: []);

    public static StringContent Body(string text, string contentType = "application/x-ndjson") =>
        new(text, Encoding.UTF8, new MediaTypeHeaderValue(contentType));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Uri Url(string path) => new(path, UriKind.Relative);
}
