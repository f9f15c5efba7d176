namespace LinkGraph.Core.Signals;

/// <summary>
/// The signal names of docs/contract.md §2 (<c>signals</c> keys and <c>evidence[].kind</c>). An IP prefix is reported
/// under its own optional key <c>ip_prefix</c>; both prompt kinds report as <c>prompt</c>.
/// </summary>
public static class SignalNames
{
    public const string Payment = "payment";
    public const string Ip = "ip";
    public const string IpPrefix = "ip_prefix";
    public const string Device = "device";
    public const string Prompt = "prompt";

    public static string Of(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Payment => Payment,
        IdentifierKind.Ip => Ip,
        IdentifierKind.IpPrefix => IpPrefix,
        IdentifierKind.Device => Device,
        IdentifierKind.PromptExact or IdentifierKind.PromptTemplate => Prompt,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };
}
