using System.Globalization;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Rings;

/// <summary>
/// Readable reasons for a ring. Every number in a sentence is a value of the ring's <c>features</c>
/// (or its <c>signals</c>), so each reason can be checked against the stored record.
/// </summary>
internal static class RingExplainer
{
    public static List<string> Reasons(IReadOnlyDictionary<string, double> f, bool flagged)
    {
        var reasons = new List<string>();
        var size = (int)f["size"];
        var hours = Num(f["sync_window_hours"]);
        if (f["created_in_window"] >= 2 && f["creation_sync"] >= 0.5)
        {
            reasons.Add($"{Num(f["created_in_window"])} of {size} accounts were created within {hours} hours of each other");
        }

        if (f["created_in_bursts"] >= 2 && f["creation_burst_share"] >= 0.5 && f["creation_burst_share"] > f["creation_sync"])
        {
            reasons.Add($"{Num(f["created_in_bursts"])} of {size} accounts were created in bursts, each with at least {Num(f["burst_min_accounts"])} other members created within {Num(f["burst_window_hours"] / 2)} hours");
        }

        if (f["ring_templates"] > 0 && f["ring_template_share"] >= f["template_share"])
        {
            reasons.Add($"{Pct(f["ring_template_share"])}% of their {Num(f["prompts"])} prompts match {Num(f["ring_templates"])} prompt templates these accounts use far more often than chance would give");
        }
        else if (f["template_share"] > 0)
        {
            reasons.Add($"{Pct(f["template_share"])}% of their {Num(f["prompts"])} prompts match {Num(f["top_templates"])} shared prompt templates");
        }

        Sharing(reasons, f, "payment", "paid with", "shared card", "shared cards");
        Sharing(reasons, f, "ip", "reached the API through", "shared IP", "shared IPs");
        if (f["shared_ip_prefix"] > 0)
        {
            reasons.Add($"{Num(f["members_sharing_ip_prefix"])} accounts came from {Num(f["shared_ip_prefix"])} shared network prefixes (/24 or /64)");
        }

        Sharing(reasons, f, "device", "used", "shared device fingerprint", "shared device fingerprints");
        if (f["first_prompt_in_window"] >= 2 && f["activity_sync"] >= 0.5)
        {
            reasons.Add($"{Num(f["first_prompt_in_window"])} of {Num(f["members_with_prompts"])} prompting accounts sent their first prompt within {hours} hours of each other");
        }
        else if (f["first_prompt_in_bursts"] >= 2 && f["activity_burst_share"] >= 0.5)
        {
            reasons.Add($"{Num(f["first_prompt_in_bursts"])} of {Num(f["members_with_prompts"])} prompting accounts sent their first prompt in bursts, each with at least {Num(f["burst_min_accounts"])} other members within {Num(f["burst_window_hours"] / 2)} hours");
        }

        if (f["creation_surprise"] >= 0.3)
        {
            reasons.Add($"{Num(f["creation_window_members"])} of {size} accounts were created within {Num(f["creation_window_hours"])} hours, a concentration with a chance of about 1 in 10^{Num(Math.Floor(f["creation_surprise"] * 10))} given when all accounts were created");
        }

        if (f["sync_lift"] >= 2 && f["coactive_buckets"] >= 2)
        {
            reasons.Add($"{Pct(f["coactive_share"])}% of their active ten-minute periods had another member active too, {Num(Math.Round(Math.Pow(2, f["sync_lift"]), 1))} times what everyone else's activity would give");
        }

        if (f["private_device_members"] == 0 && f["device_cover"] > 0)
        {
            reasons.Add($"none of the accounts has a device of its own: {Pct(f["device_cover"])}% use devices shared with other members");
        }

        if (f["org_share"] > 0)
        {
            reasons.Add($"{Pct(f["org_share"])}% of the accounts declare an organisation another member also declares (not weighed: anyone can declare one)");
        }

        reasons.Add(flagged
            ? $"score {Num(f["score"])} is at or above the flag threshold {Num(f["flag_threshold"])}"
            : $"score {Num(f["score"])} is below the flag threshold {Num(f["flag_threshold"])}");
        return reasons;
    }

    /// <summary>Adds members_sharing_* and shared_* features, the counts the sharing reasons quote.</summary>
    public static void AddSharingFeatures(Dictionary<string, double> f, RingStats s)
    {
        foreach (var kind in new[] { IdentifierKind.Payment, IdentifierKind.Ip, IdentifierKind.IpPrefix, IdentifierKind.Device })
        {
            var name = SignalNames.Of(kind);
            f["members_sharing_" + name] = s.MembersSharing[(int)kind];
            f["shared_" + name] = s.SharedIdentifiers[(int)kind];
        }
    }

    private static void Sharing(List<string> reasons, IReadOnlyDictionary<string, double> f, string name, string verb, string one, string many)
    {
        var shared = f["shared_" + name];
        if (shared <= 0)
        {
            return;
        }

        var what = shared == 1 ? "one " + one : $"{Num(shared)} {many}";
        reasons.Add($"{Num(f["members_sharing_" + name])} accounts {verb} {what}");
    }

    private static string Num(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Pct(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture);
}
