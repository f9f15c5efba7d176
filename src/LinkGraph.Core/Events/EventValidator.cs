using System.Buffers;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Events;

/// <summary>
/// Checks one line's fields against docs/contract.md §1 and builds the event, or names the first problem found
/// (field and reason). Decisions the contract leaves open:
/// <list type="bullet">
/// <item>Account attributes on a non-account event, and <c>value</c> on an account event, are ignored (the
/// contract's list of bad input does not include them, and producers often send one flat record shape).</item>
/// <item>Payment, device and IP values are trimmed; a value that is empty after trimming is missing.</item>
/// <item>IP values are stored canonical (see <see cref="IpAddressCanonicalizer"/>).</item>
/// <item>Size caps are those of <see cref="EventLimits"/>.</item>
/// </list>
/// </summary>
public static class EventValidator
{
    private static readonly SearchValues<char> AccountChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:@-");

    public static EventReadResult Validate(RawEventFields fields, long line)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Type is null)
        {
            return Missing(line, EventFields.Type);
        }

        if (!TryParseType(fields.Type, out var type))
        {
            return EventReadResult.Rejected(line, EventFields.Type, $"unknown type {Quote(fields.Type)}; expected account, payment, ip, device or prompt");
        }

        if (fields.Account is null)
        {
            return Missing(line, EventFields.Account);
        }

        var account = fields.Account;
        if (account.Length == 0)
        {
            return EventReadResult.Rejected(line, EventFields.Account, "account id is empty");
        }

        if (account.Length > EventLimits.MaxAccountLength)
        {
            return TooLong(line, EventFields.Account, account.Length, EventLimits.MaxAccountLength);
        }

        var bad = account.AsSpan().IndexOfAnyExcept(AccountChars);
        if (bad >= 0)
        {
            return EventReadResult.Rejected(line, EventFields.Account, $"character {Quote(account[bad].ToString())} at position {bad + 1} is not allowed; account ids use A-Z a-z 0-9 . _ : @ -");
        }

        if (fields.At is null)
        {
            return Missing(line, EventFields.At);
        }

        if (!Rfc3339.TryParse(fields.At, out var at, out var atError))
        {
            return EventReadResult.Rejected(line, EventFields.At, $"{Quote(fields.At)} is not an RFC 3339 timestamp with offset or Z: {atError}");
        }

        // An empty id, like an empty CSV cell, means "no id".
        if (fields.Id is "")
        {
            fields.Id = null;
        }

        if (fields.Id is not null && fields.Id.Length > EventLimits.MaxIdLength)
        {
            return TooLong(line, EventFields.Id, fields.Id.Length, EventLimits.MaxIdLength);
        }

        return type == EventType.Account
            ? ValidateAccount(fields, account, at, line)
            : ValidateValue(fields, type, account, at, line);
    }

    private static EventReadResult ValidateAccount(RawEventFields fields, string account, DateTimeOffset at, long line)
    {
        if (fields.EmailDomain is { Length: > EventLimits.MaxAttributeLength })
        {
            return TooLong(line, EventFields.EmailDomain, fields.EmailDomain.Length, EventLimits.MaxAttributeLength);
        }

        if (fields.Country is { Length: > EventLimits.MaxAttributeLength })
        {
            return TooLong(line, EventFields.Country, fields.Country.Length, EventLimits.MaxAttributeLength);
        }

        if (fields.Org is { Length: > EventLimits.MaxAttributeLength })
        {
            return TooLong(line, EventFields.Org, fields.Org.Length, EventLimits.MaxAttributeLength);
        }

        return EventReadResult.Valid(new AccountEvent(
            EventType.Account, account, at, null, fields.Id, NullIfEmpty(fields.EmailDomain), NullIfEmpty(fields.Country), NullIfEmpty(fields.Org), line));
    }

    private static EventReadResult ValidateValue(RawEventFields fields, EventType type, string account, DateTimeOffset at, long line)
    {
        var value = fields.Value;
        if (value is null)
        {
            return Missing(line, EventFields.Value);
        }

        if (type == EventType.Prompt)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return EventReadResult.Rejected(line, EventFields.Value, "prompt text is empty");
            }

            if (value.Length > EventLimits.MaxPromptLength)
            {
                return TooLong(line, EventFields.Value, value.Length, EventLimits.MaxPromptLength);
            }
        }
        else
        {
            if (value.Length > EventLimits.MaxValueLength)
            {
                return TooLong(line, EventFields.Value, value.Length, EventLimits.MaxValueLength);
            }

            value = value.Trim();
            if (value.Length == 0)
            {
                return EventReadResult.Rejected(line, EventFields.Value, "value is empty");
            }

            if (type == EventType.Ip)
            {
                if (!IpAddressCanonicalizer.TryCanonicalize(value, withPrefix: false, out var ip, out var ipError))
                {
                    return EventReadResult.Rejected(line, EventFields.Value, $"{Quote(value)} is not an IPv4 or IPv6 address: {ipError}");
                }

                value = ip.Address;
            }
        }

        return EventReadResult.Valid(new AccountEvent(type, account, at, value, fields.Id, Line: line));
    }

    private static bool TryParseType(string text, out EventType type)
    {
        switch (text)
        {
            case "account": type = EventType.Account; return true;
            case "payment": type = EventType.Payment; return true;
            case "ip": type = EventType.Ip; return true;
            case "device": type = EventType.Device; return true;
            case "prompt": type = EventType.Prompt; return true;
            default: type = default; return false;
        }
    }

    private static EventReadResult Missing(long line, string field) =>
        EventReadResult.Rejected(line, field, "required field is missing");

    private static EventReadResult TooLong(long line, string field, int length, int max) =>
        EventReadResult.Rejected(line, field, $"{length} characters is longer than the maximum of {max}");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Quotes a bad value for a message, shortened so one huge value cannot flood the report.</summary>
    private static string Quote(string value) =>
        value.Length <= 40 ? $"'{value}'" : $"'{value[..40]}…' ({value.Length} characters)";
}
