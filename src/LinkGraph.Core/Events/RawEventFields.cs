namespace LinkGraph.Core.Events;

/// <summary>
/// The fields of one input line as text, before validation; null means absent (a JSON null or an empty CSV
/// cell counts as absent). Readers reuse one instance per line.
/// </summary>
public sealed class RawEventFields
{
    private RecentFieldValues? _recent;

    public string? Type { get; set; }

    public string? Account { get; set; }

    public string? At { get; set; }

    public string? Value { get; set; }

    public string? Id { get; set; }

    public string? EmailDomain { get; set; }

    public string? Country { get; set; }

    public string? Org { get; set; }

    /// <summary>The previous lines' strings, kept across <see cref="Clear"/> so repeated values are decoded once.</summary>
    internal RecentFieldValues Recent => _recent ??= new RecentFieldValues();

    public void Clear()
    {
        Type = Account = At = Value = Id = EmailDomain = Country = Org = null;
    }
}
