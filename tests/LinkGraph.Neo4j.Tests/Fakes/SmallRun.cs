using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Core.Signals;

namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>
/// A small finished run: 5 accounts (acc_5 without an account event), 5 stored identifiers (one per stored kind),
/// 11 observations, 2 rings (3 + 2 members), 2 strong links and one prompt template cluster used by 2 accounts.
/// </summary>
public static class SmallRun
{
    public const string RunId = "run-0001";

    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeDetectionSource Source() => new(
        [
            new AccountRecord(1, "acc_1", T0, T0, "org-a", "example.com", "SG"),
            new AccountRecord(2, "acc_2", T0.AddMinutes(1), T0.AddMinutes(1), null, "example.com", "SG"),
            new AccountRecord(3, "acc_3", T0.AddMinutes(2), T0.AddMinutes(2), null, null, "VN"),
            new AccountRecord(4, "acc_4", T0.AddHours(5), T0.AddHours(5), null, "mail.test", null),
            new AccountRecord(5, "acc_5", null, T0.AddHours(6).AddMilliseconds(250), null, null, null),
        ],
        [
            new IdentifierRecord(1, IdentifierKind.Payment, "card_fp_9f8a21"),
            new IdentifierRecord(2, IdentifierKind.Ip, "203.0.113.7"),
            new IdentifierRecord(3, IdentifierKind.IpPrefix, "203.0.113.0/24"),
            new IdentifierRecord(4, IdentifierKind.Device, "ja4:t13d1516h2_8daaf6152771"),
            new IdentifierRecord(5, IdentifierKind.PromptExact, "5c1d0a9e33b2f7a1"),
        ],
        [
            new ObservationRecord(1, 1, T0, T0.AddDays(1), 3),
            new ObservationRecord(2, 1, T0, T0, 1),
            new ObservationRecord(3, 1, T0, T0, 1),
            new ObservationRecord(1, 2, T0, T0, 2),
            new ObservationRecord(2, 2, T0, T0, 1),
            new ObservationRecord(1, 3, T0, T0, 2),
            new ObservationRecord(2, 3, T0, T0, 1),
            new ObservationRecord(4, 3, T0, T0, 1),
            new ObservationRecord(3, 4, T0, T0, 1),
            new ObservationRecord(1, 5, T0, T0, 4),
            new ObservationRecord(2, 5, T0, T0, 2),
        ]);

    public static FakeRunStore Runs(string runId = RunId)
    {
        var store = new FakeRunStore();
        Add(store, runId);
        return store;
    }

    public static void Add(FakeRunStore store, string runId, bool secondRingDissolved = false)
    {
        var rings = new List<Ring>
        {
            new("ring-a", 0.91, true, 3, ["acc_1", "acc_2", "acc_3"],
                new Dictionary<string, int> { ["payment"] = 1, ["ip"] = 1, ["ip_prefix"] = 1, ["prompt"] = 1 },
                [new RingEvidence("payment", "card_fp_9f8a21", 3)],
                ["3 accounts paid with one card", "2 accounts sent one prompt template; 6 prompts"]),
        };
        if (!secondRingDissolved)
        {
            rings.Add(new Ring("ring-b", 0.42, false, 2, ["acc_4", "acc_5"],
                new Dictionary<string, int> { ["ip_prefix"] = 1 },
                [new RingEvidence("ip_prefix", "203.0.113.0/24", 2)],
                ["2 accounts share the network 203.0.113.0/24"]));
        }

        var document = new RingsDocument(new RunSummary(runId, T0.AddDays(2), T0.AddDays(2).AddMinutes(3), 5, 7), rings);
        store.Add(
            document,
            [new AccountLink("acc_2", "acc_1", 3.5, ["payment", "ip"]), new AccountLink("acc_1", "acc_3", 2.0, ["payment"])],
            [
                new DerivedObservation("acc_1", IdentifierKind.PromptTemplate, "tpl-7", T0, T0.AddHours(1), 4),
                new DerivedObservation("acc_2", IdentifierKind.PromptTemplate, "tpl-7", T0, T0.AddHours(2), 2),
            ]);
    }
}
