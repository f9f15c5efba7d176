using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Ring score in 0..1: a logistic function of features that adding innocent-looking activity cannot dilute,
/// because each is a share or a ratio measured on the ring's own members. Three families of evidence —
/// timing, content, infrastructure — each reach 1 when fully present; honest crowds show at most one of them
/// (a campus signs up in September, a family shares a card), rings show two or three:
/// <code>
/// timing   T = (max(creation_sync, creation_burst_share) + max(activity_sync, activity_burst_share)) / 2,
///            or the creation term alone when fewer than 2 members prompt
/// content  C = max(0, (s − 0.4) / 0.6),
///            s = (max(prompts_on_top_templates, prompts_on_ring_templates) + 0.4·20) / (prompts + 20)
/// infra    I = min(1, log2(max(card_reuse, device_reuse)) / 2)
/// z = −5.5 + 3·T + 3.5·C + 2·I + min(1, log2(size / 2) / 5) + isolation
///       − 5·org_share − 2.5·max(0, (6 − size) / 4)·(1 − C)
/// score = 1 / (1 + e^−z)
/// </code>
/// Honest people share popular questions too (a quarter of an honest group's prompts fall on its top shared
/// templates; a campus, whose students paste the same homework, reaches 0.45 on its own templates), so only the
/// share above 0.4 counts as content. The last term keeps household-sized groups
/// (2–5 accounts sharing a card and a router) unflagged unless their prompts are templated; a declared
/// organisation shared inside the ring counts against it.
/// </summary>
internal static class RingScorer
{
    /// <summary>The share of templated prompts that honest groups reach by asking popular questions.</summary>
    public const double TemplateBaseline = 0.4;

    /// <summary>Weight, in prompts, of the prior that a group's template share is the honest baseline.</summary>
    public const double PriorPrompts = 20;

    public static Dictionary<string, double> Features(RingStats s)
    {
        var n = (double)s.Size;
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["size"] = s.Size,
            ["creation_sync"] = Round(s.CreatedInWindow / n),
            ["created_in_window"] = s.CreatedInWindow,
            ["sync_window_hours"] = s.SyncWindowHours,
            ["activity_sync"] = s.MembersWithPrompts >= 2 ? Round(s.FirstPromptInWindow / (double)s.MembersWithPrompts) : 0,
            ["first_prompt_in_window"] = s.FirstPromptInWindow,
            ["members_with_prompts"] = s.MembersWithPrompts,
            ["prompts"] = s.Prompts,
            ["prompts_on_top_templates"] = s.PromptsOnTopTemplates,
            ["top_templates"] = s.TopTemplates,
            ["template_share"] = s.Prompts > 0 ? Round(s.PromptsOnTopTemplates / (double)s.Prompts) : 0,
            ["ring_templates"] = s.RingTemplates,
            ["prompts_on_ring_templates"] = s.PromptsOnRingTemplates,
            ["ring_template_share"] = s.Prompts > 0 ? Round(s.PromptsOnRingTemplates / (double)s.Prompts) : 0,
            ["created_in_bursts"] = s.CreatedInBursts,
            ["creation_burst_share"] = Round(s.CreatedInBursts / n),
            ["first_prompt_in_bursts"] = s.FirstPromptInBursts,
            ["activity_burst_share"] = s.MembersWithPrompts >= 2 ? Round(s.FirstPromptInBursts / (double)s.MembersWithPrompts) : 0,
            ["burst_min_accounts"] = s.BurstMinAccounts,
            ["burst_window_hours"] = 2 * RingTiming.BurstHalfWindowSeconds / 3600.0,
            ["signal_kinds"] = SignalKinds(s),
            ["card_reuse"] = Round(Reuse(s, IdentifierKind.Payment)),
            ["device_reuse"] = Round(Reuse(s, IdentifierKind.Device)),
            ["ip_reuse"] = Round(Reuse(s, IdentifierKind.Ip)),
            ["org_share"] = Round(s.SameOrgMembers / n),
            ["internal_links"] = s.InternalLinks,
            ["internal_weight"] = Round(s.InternalWeight),
            ["weighted_density"] = Round(2 * s.InternalWeight / n),
            ["isolation"] = s.InternalWeight + s.BoundaryWeight > 0 ? Round(s.InternalWeight / (s.InternalWeight + s.BoundaryWeight)) : 0,
        };
        AddFamilies(features);
        features["score_z"] = Round(Logit(features));
        return features;
    }

    public static double Score(IReadOnlyDictionary<string, double> f) => Round(1 / (1 + Math.Exp(-f["score_z"])));

    private static double Logit(Dictionary<string, double> f)
    {
        var size = f["size"];
        var timing = f["timing_evidence"];
        var content = f["content_evidence"];
        var infra = f["infrastructure_evidence"];
        return -5.5
            + (3.0 * timing)
            + (3.5 * content)
            + (2.0 * infra)
            + Math.Min(1, Math.Log2(size / 2) / 5)
            + f["isolation"]
            - (5 * f["org_share"])
            - (2.5 * Math.Max(0, (6 - size) / 4) * (1 - content));
    }

    private static void AddFamilies(Dictionary<string, double> f)
    {
        // Only the evidence that exists: a ring without prompts is judged on its creation synchrony alone.
        var creation = Math.Max(f["creation_sync"], f["creation_burst_share"]);
        var activity = Math.Max(f["activity_sync"], f["activity_burst_share"]);
        f["timing_evidence"] = f["members_with_prompts"] >= 2 ? Round((creation + activity) / 2) : creation;
        // Additive smoothing towards the honest baseline: a pair with four prompts all on one template is weak
        // evidence, a ring with thousands is not (a Beta prior worth PriorPrompts prompts at the baseline share).
        var templated = Math.Max(f["prompts_on_top_templates"], f["prompts_on_ring_templates"]);
        var smoothed = (templated + (TemplateBaseline * PriorPrompts)) / (f["prompts"] + PriorPrompts);
        f["template_share_smoothed"] = Round(smoothed);
        f["content_evidence"] = Round(Math.Max(0, (smoothed - TemplateBaseline) / (1 - TemplateBaseline)));
        var reuse = Math.Max(f["card_reuse"], f["device_reuse"]);
        f["infrastructure_evidence"] = Round(Math.Clamp(Math.Log2(Math.Max(1, reuse)) / 2, 0, 1));
    }

    /// <summary>Kinds of CONTRACT signal (payment, ip, device, prompt) with a shared identifier; an IP prefix counts as ip.</summary>
    private static int SignalKinds(RingStats s)
    {
        var kinds = 0;
        kinds += s.SharedIdentifiers[(int)IdentifierKind.Payment] > 0 ? 1 : 0;
        kinds += s.SharedIdentifiers[(int)IdentifierKind.Ip] + s.SharedIdentifiers[(int)IdentifierKind.IpPrefix] > 0 ? 1 : 0;
        kinds += s.SharedIdentifiers[(int)IdentifierKind.Device] > 0 ? 1 : 0;
        kinds += s.SharedIdentifiers[(int)IdentifierKind.PromptExact] + s.SharedIdentifiers[(int)IdentifierKind.PromptTemplate] > 0 ? 1 : 0;
        return kinds;
    }

    /// <summary>Members holding the kind per distinct value they hold: 1 when every member has its own.</summary>
    private static double Reuse(RingStats s, IdentifierKind kind)
    {
        var distinct = s.DistinctOfKind[(int)kind];
        return distinct == 0 ? 0 : s.MembersWithKind[(int)kind] / (double)distinct;
    }

    private static double Round(double x) => Math.Round(x, 4, MidpointRounding.ToEven);
}
