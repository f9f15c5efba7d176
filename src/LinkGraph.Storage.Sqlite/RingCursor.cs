using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LinkGraph.Core.Errors;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The opaque paging cursor of <see cref="SqliteRunStore.QueryRings"/>: base64url of
/// <c>v1|run id|sort|size|ordinal</c>. The sort is part of it so a cursor cannot be replayed under another order.
/// </summary>
internal sealed record RingCursor(string RunId, string Sort, int Size, long Ordinal)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"v1|{RunId}|{Sort}|{Size}|{Ordinal}")));

    public static RingCursor Parse(string text, string sort)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
        }
        catch (FormatException)
        {
            throw Invalid("it is not base64url");
        }

        if (parts.Length != 5 || parts[0] != "v1"
            || !int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size)
            || !long.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal))
        {
            throw Invalid("it was not issued by this service");
        }

        if (parts[2] != sort)
        {
            throw Invalid($"it was issued for sort '{parts[2]}', not '{sort}'");
        }

        return new RingCursor(parts[1], parts[2], size, ordinal);
    }

    private static LinkGraphException Invalid(string why) =>
        new("invalid_cursor", $"The cursor is invalid: {why}. Start again without a cursor.");
}
