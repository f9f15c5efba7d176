using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("An identifier the account used. For prompts the value is a template id or hash, never text.")]
public sealed record IdentifierResponse(
    [property: Description("payment, ip, ip_prefix, device or prompt.")] string Kind,
    string Value,
    [property: Description("How many accounts share this identifier.")] int Accounts,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    [property: Description("How many times this account used it.")] int Count);
