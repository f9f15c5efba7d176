using System.Globalization;
using System.Text.Json;

namespace LinkGraph.Synthetic;

/// <summary>
/// Streams <c>truth.json</c>: scenario metadata first, then one label object per account (one a line, as
/// accounts are generated), then campaign and category summaries once every account is known.
/// </summary>
public sealed class TruthWriter
{
    private readonly TextWriter _writer;
    private readonly SortedDictionary<string, (string Kind, int Accounts)> _campaigns = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _categoryAccounts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, HashSet<string>> _categoryGroups = new(StringComparer.Ordinal);
    private long _accounts;

    public TruthWriter(TextWriter writer)
    {
        _writer = writer;
    }

    public long Accounts => _accounts;

    public void Begin(SyntheticOptions options, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(options);
        Begin(options.Scenario.Name, options.Seed, options.Start, end);
    }

    /// <summary>Starts the file; <paramref name="extra"/> adds string fields after the seed (e.g. the seed family).</summary>
    public void Begin(string scenario, ulong seed, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<KeyValuePair<string, string>>? extra = null)
    {
        _writer.Write("{\n  \"format\": \"linkgraph-truth/1\",\n");
        _writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"  \"scenario\": {Quote(scenario)},\n  \"seed\": {seed},\n"));
        foreach (var (name, value) in extra ?? [])
        {
            _writer.Write($"  {Quote(name)}: {Quote(value)},\n");
        }

        _writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"  \"window\": {{\"start\": \"{start.UtcDateTime:s}Z\", \"end\": \"{end.UtcDateTime:s}Z\"}},\n"));
        _writer.Write("  \"accounts\": [\n");
    }

    public void Account(string account, AccountLabel label)
    {
        _writer.Write(_accounts == 0 ? "    " : ",\n    ");
        _accounts++;
        if (label.IsFraud)
        {
            _writer.Write($"{{\"account\": {Quote(account)}, \"label\": \"fraud\", \"kind\": {Quote(label.Category)}, \"campaign\": {Quote(label.Group!)}}}");
            var known = _campaigns.TryGetValue(label.Group!, out var entry) ? entry.Accounts : 0;
            _campaigns[label.Group!] = (label.Category, known + 1);
            return;
        }

        var group = label.Group is null ? "null" : Quote(label.Group);
        _writer.Write($"{{\"account\": {Quote(account)}, \"label\": \"legit\", \"category\": {Quote(label.Category)}, \"group\": {group}}}");
        _categoryAccounts[label.Category] = _categoryAccounts.GetValueOrDefault(label.Category) + 1;
        if (label.Group is not null)
        {
            if (!_categoryGroups.TryGetValue(label.Category, out var groups))
            {
                groups = new HashSet<string>(StringComparer.Ordinal);
                _categoryGroups[label.Category] = groups;
            }

            groups.Add(label.Group);
        }
    }

    public void End(long events)
    {
        _writer.Write("\n  ],\n  \"campaigns\": [");
        var first = true;
        foreach (var (id, (kind, accounts)) in _campaigns)
        {
            _writer.Write(first ? "\n    " : ",\n    ");
            first = false;
            _writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"id\": {Quote(id)}, \"kind\": {Quote(kind)}, \"accounts\": {accounts}}}"));
        }

        _writer.Write("\n  ],\n  \"categories\": [");
        first = true;
        foreach (var (category, accounts) in _categoryAccounts)
        {
            var groups = _categoryGroups.TryGetValue(category, out var set) ? set.Count : accounts;
            _writer.Write(first ? "\n    " : ",\n    ");
            first = false;
            _writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"category\": {Quote(category)}, \"accounts\": {accounts}, \"groups\": {groups}}}"));
        }

        var fraud = _campaigns.Values.Sum(c => (long)c.Accounts);
        _writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"\n  ],\n  \"totals\": {{\"accounts\": {_accounts}, \"legit\": {_accounts - fraud}, \"fraud\": {fraud}, \"events\": {events}}}\n}}\n"));
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
