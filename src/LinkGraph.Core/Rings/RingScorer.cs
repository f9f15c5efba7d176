using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Ring features and the ring score. Every feature is a share, a ratio or a surprise measured against the data's
/// own base rates (how many accounts use a value, when everyone was created, how active everyone is in each
/// ten minutes), so none of them is a constant of one data set; the score is <see cref="ScoreModel"/>'s learned
/// logistic function of <see cref="ScoreModel.FeatureNames"/>. Three families of evidence can each carry a ring, alone or
/// mixed: infrastructure (cards, devices, addresses shared far beyond their base rate, members without a device
/// of their own), content (prompts on the ring's own templates) and timing (creation concentration, repeated
/// co-activity). A declared organisation is described (org_share) but not weighed: anyone can declare one.
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
        AddBaseRateFeatures(features, s);
        features["score_z"] = Round(ScoreModel.Default.Logit(features));
        return features;
    }

    public static double Score(IReadOnlyDictionary<string, double> f) => Round(ScoreModel.Probability(f["score_z"]));

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
    }

    private static void AddBaseRateFeatures(Dictionary<string, double> f, RingStats s)
    {
        var n = (double)s.Size;
        f["log_size"] = Round(Math.Log(n));
        f["coactivity_observed"] = Round(s.CoactivityObserved);
        f["coactivity_expected"] = Round(s.CoactivityExpected);
        f["sync_lift"] = Round(Math.Clamp(Math.Log2((s.CoactivityObserved + 1) / (s.CoactivityExpected + 1)), -4, 12));
        f["active_buckets"] = s.ActiveBuckets;
        f["coactive_buckets"] = s.CoactiveBuckets;
        f["coactive_share"] = s.ActiveBuckets > 0 ? Round(s.CoactiveBuckets / (double)s.ActiveBuckets) : 0;
        f["creation_window_members"] = s.CreationWindowMembers;
        f["creation_window_hours"] = s.CreationWindowHours;
        f["creation_surprise"] = Round(s.CreationSurprise / 10);
        f["payment_cover"] = Round(s.MembersCovered[(int)IdentifierKind.Payment] / n);
        f["device_cover"] = Round(s.MembersCovered[(int)IdentifierKind.Device] / n);
        f["ip_cover"] = Round(s.MembersCovered[(int)IdentifierKind.Ip] / n);
        var withDevice = s.MembersWithKind[(int)IdentifierKind.Device];
        f["private_device_members"] = s.PrivateDeviceMembers;
        f["private_device_share"] = withDevice > 0 ? Round(s.PrivateDeviceMembers / (double)withDevice) : 0;
        f["card_reuse_log2"] = Round(Math.Clamp(Math.Log2(Math.Max(1, f["card_reuse"])), 0, 6));
        f["device_reuse_log2"] = Round(Math.Clamp(Math.Log2(Math.Max(1, f["device_reuse"])), 0, 6));
        var surprise = Math.Max(s.InfraSurprise[(int)IdentifierKind.Payment], Math.Max(s.InfraSurprise[(int)IdentifierKind.Device], s.InfraSurprise[(int)IdentifierKind.Ip]));
        f["infra_surprise"] = Round(surprise / 10);
        f["prompting_share"] = Round(s.MembersWithPrompts / n);

        // Evidence that only counts together (a logistic score adds; these say "and"): one or two machines behind
        // every member; shared cards or devices and a batch sign-up; the ring's own templates sent in step.
        f["shared_machine"] = Round(f["device_cover"] * (1 - f["private_device_share"]));
        f["infra_and_creation"] = Round(Math.Max(f["payment_cover"], f["device_cover"]) * Math.Min(1, f["creation_surprise"]));
        f["content_and_sync"] = Round(f["content_evidence"] * Math.Clamp(f["sync_lift"] / 4, 0, 1));
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
