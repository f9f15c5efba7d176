using System.Text;

namespace LinkGraph.Synthetic.Tests.Evaluation;

/// <summary>A hand-made truth (6 fraud in 2 campaigns, 9 legit in 3 categories) and rings with known figures.</summary>
internal static class EvaluationFixtures
{
    public const string Truth = """
        {
          "format": "linkgraph-truth/1",
          "scenario": "hand-made",
          "accounts": [
            {"account": "f1", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
            {"account": "f2", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
            {"account": "f3", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
            {"account": "f4", "label": "fraud", "kind": "hydra", "campaign": "hydra-0"},
            {"account": "g1", "label": "fraud", "kind": "card_ring", "campaign": "card_ring-0"},
            {"account": "g2", "label": "fraud", "kind": "card_ring", "campaign": "card_ring-0"},
            {"account": "h1", "label": "legit", "category": "household", "group": "hh-1"},
            {"account": "h2", "label": "legit", "category": "household", "group": "hh-1"},
            {"account": "h3", "label": "legit", "category": "household", "group": "hh-1"},
            {"account": "h4", "label": "legit", "category": "household", "group": "hh-2"},
            {"account": "s1", "label": "legit", "category": "single", "group": null},
            {"account": "s2", "label": "legit", "category": "single", "group": null},
            {"account": "c1", "label": "legit", "category": "company", "group": "co-1"},
            {"account": "c2", "label": "legit", "category": "company", "group": "co-1"},
            {"account": "c3", "label": "legit", "category": "company", "group": "co-1"}
          ]
        }
        """;

    // R1: 3 hydra + 1 household member; R2: 1 card-ring member + 1 single; R3 is not flagged; R4 holds an unknown account.
    public const string Rings = """
        {
          "run": {"id": "run-1", "started_at": "2026-01-01T00:00:00Z", "finished_at": "2026-01-01T00:01:00Z", "accounts": 15, "links": 20},
          "rings": [
            {"id": "R1", "score": 0.9, "flagged": true, "size": 4, "accounts": ["f1", "f2", "f3", "h1"], "signals": {}, "evidence": [], "reasons": []},
            {"id": "R2", "score": 0.8, "flagged": true, "size": 2, "accounts": ["g1", "s1"], "signals": {}, "evidence": [], "reasons": []},
            {"id": "R3", "score": 0.2, "flagged": false, "size": 3, "accounts": ["f4", "g2", "c1"], "signals": {}, "evidence": [], "reasons": []},
            {"id": "R4", "score": 0.7, "flagged": true, "size": 1, "accounts": ["x9"], "signals": {}, "evidence": [], "reasons": []}
          ]
        }
        """;

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
