using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Scores flagged rings against ground truth; see <see cref="EvaluationReport"/> for the definitions.</summary>
public static class RingEvaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<EvaluatedRing> rings, GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(rings);
        ArgumentNullException.ThrowIfNull(truth);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        var campaignRings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var unknown = 0;
        var flaggedRings = 0;
        var pureRings = 0;
        long dominantTotal = 0;
        long labelledTotal = 0;
        var origins = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ring in rings.Where(r => r.Flagged))
        {
            flaggedRings++;
            origins.Clear();
            foreach (var account in ring.Accounts)
            {
                if (!truth.Labels.TryGetValue(account, out var label))
                {
                    unknown += flagged.Add(account) ? 1 : 0;
                    continue;
                }

                if (!flagged.Add(account))
                {
                    continue;
                }

                // A legit account's origin is its group (a single is its own), so a flagged crowd of unrelated
                // legit accounts is impure rather than "purely legit".
                var origin = label.IsFraud ? label.Group! : "\0" + (label.Group ?? account);
                origins[origin] = origins.GetValueOrDefault(origin) + 1;
                if (label.IsFraud)
                {
                    if (!campaignRings.TryGetValue(origin, out var ids))
                    {
                        ids = new HashSet<string>(StringComparer.Ordinal);
                        campaignRings[origin] = ids;
                    }

                    ids.Add(ring.Id);
                }
            }

            if (origins.Count > 0)
            {
                var dominant = origins.Values.Max();
                var labelled = origins.Values.Sum();
                dominantTotal += dominant;
                labelledTotal += labelled;
                pureRings += dominant == labelled ? 1 : 0;
            }
        }

        var tp = 0;
        var fp = 0;
        var fraud = 0;
        foreach (var (account, label) in truth.Labels)
        {
            var caught = flagged.Contains(account);
            fraud += label.IsFraud ? 1 : 0;
            tp += label.IsFraud && caught ? 1 : 0;
            fp += !label.IsFraud && caught ? 1 : 0;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = fraud == 0 ? 0 : (double)tp / fraud;
        var campaigns = CampaignFigures(truth, flagged, campaignRings);
        return new EvaluationReport
        {
            Rings = rings.Count,
            FlaggedRings = flaggedRings,
            TruthAccounts = truth.Count,
            FraudAccounts = fraud,
            TruePositives = tp,
            FalsePositives = fp,
            FalseNegatives = fraud - tp,
            UnknownFlagged = unknown,
            Precision = precision,
            Recall = recall,
            F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            Purity = labelledTotal == 0 ? 0 : (double)dominantTotal / labelledTotal,
            PureRings = pureRings,
            FalsePositivesByCategory = CategoryFigures(truth, flagged),
            Campaigns = campaigns,
            Kinds = [.. campaigns.GroupBy(c => c.Kind, StringComparer.Ordinal).OrderBy(g => KindOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KindRecall(g.Key, g.Count(), g.Sum(c => c.Accounts), g.Sum(c => c.Caught), Ratio(g.Sum(c => c.Caught), g.Sum(c => c.Accounts))))],
        };
    }

    private static List<CampaignRecall> CampaignFigures(GroundTruth truth, HashSet<string> flagged, Dictionary<string, HashSet<string>> campaignRings)
    {
        var figures = new Dictionary<string, (string Kind, int Accounts, int Caught)>(StringComparer.Ordinal);
        foreach (var (account, label) in truth.Labels.Where(l => l.Value.IsFraud))
        {
            (string Kind, int Accounts, int Caught) current = figures.GetValueOrDefault(label.Group!, (label.Category, 0, 0));
            figures[label.Group!] = (current.Kind, current.Accounts + 1, current.Caught + (flagged.Contains(account) ? 1 : 0));
        }

        return [.. figures.OrderBy(f => KindOrder(f.Value.Kind)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new CampaignRecall(f.Key, f.Value.Kind, f.Value.Accounts, f.Value.Caught, Ratio(f.Value.Caught, f.Value.Accounts),
                campaignRings.TryGetValue(f.Key, out var ids) ? ids.Count : 0))];
    }

    private static List<CategoryFalsePositives> CategoryFigures(GroundTruth truth, HashSet<string> flagged)
    {
        var accounts = new Dictionary<string, (int Total, int Flagged)>(StringComparer.Ordinal);
        var groups = new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        foreach (var (account, label) in truth.Labels.Where(l => !l.Value.IsFraud))
        {
            var caught = flagged.Contains(account);
            var current = accounts.GetValueOrDefault(label.Category);
            accounts[label.Category] = (current.Total + 1, current.Flagged + (caught ? 1 : 0));
            if (!groups.TryGetValue(label.Category, out var members))
            {
                members = new Dictionary<string, bool>(StringComparer.Ordinal);
                groups[label.Category] = members;
            }

            // An account without a group (a single) is its own group.
            var group = label.Group ?? account;
            members[group] = members.GetValueOrDefault(group) || caught;
        }

        return [.. accounts.OrderBy(a => CategoryOrder(a.Key)).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new CategoryFalsePositives(a.Key, a.Value.Total, a.Value.Flagged, groups[a.Key].Count, groups[a.Key].Values.Count(v => v)))];
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static int KindOrder(string kind) => Order(TruthLabels.CampaignKinds, kind);

    private static int CategoryOrder(string category) => Order(TruthLabels.LegitCategories, category);

    private static int Order(IReadOnlyList<string> known, string value)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (known[i] == value)
            {
                return i;
            }
        }

        return known.Count;
    }
}
