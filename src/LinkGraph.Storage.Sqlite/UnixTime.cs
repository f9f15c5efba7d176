namespace LinkGraph.Storage.Sqlite;

/// <summary>The store keeps every time as INTEGER unix milliseconds (UTC); these convert at the boundary.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
