using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LinkGraph.Synthetic.Tests;

/// <summary>
/// A minimal, independent check of one CONTRACT §1 NDJSON line (the real reader lives elsewhere): returns
/// null when the line is valid, otherwise the reason.
/// </summary>
internal static partial class ContractLine
{
    private static readonly HashSet<string> Types = ["account", "payment", "ip", "device", "prompt"];
    private static readonly HashSet<string> Fields = ["type", "account", "at", "value", "id", "email_domain", "country", "org"];

    public static string? Check(string line, out string type, out string account, out string? value)
    {
        type = account = string.Empty;
        value = null;
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "not an object";
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name) || property.Value.ValueKind != JsonValueKind.String)
            {
                return $"unexpected field {property.Name}";
            }
        }

        type = root.TryGetProperty("type", out var t) ? t.GetString()! : string.Empty;
        account = root.TryGetProperty("account", out var a) ? a.GetString()! : string.Empty;
        if (!Types.Contains(type))
        {
            return $"bad type '{type}'";
        }

        if (!AccountId().IsMatch(account))
        {
            return $"bad account '{account}'";
        }

        if (!root.TryGetProperty("at", out var at) || !Rfc3339().IsMatch(at.GetString()!)
            || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "bad or missing at";
        }

        var hasValue = root.TryGetProperty("value", out var v);
        value = hasValue ? v.GetString() : null;
        if (type == "account")
        {
            return hasValue ? "account event with a value" : null;
        }

        if (string.IsNullOrEmpty(value))
        {
            return "missing value";
        }

        if (root.TryGetProperty("email_domain", out _) || root.TryGetProperty("org", out _) || root.TryGetProperty("country", out _))
        {
            return "account attribute on a non-account event";
        }

        return type == "ip" && !IPAddress.TryParse(value, out _) ? $"bad ip '{value}'" : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._:@-]{1,128}$")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
