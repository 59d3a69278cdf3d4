using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Madoguchi.Core.Audit;

/// <summary>
/// The hash of an entry: SHA-256 over its fields in a fixed order, each written as a netstring
/// ("&lt;UTF-8 byte count&gt;:&lt;bytes&gt;,", "~" for null) so no two different entries give the same
/// input. Simple enough to re-implement in any language for an independent check.
/// </summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(AuditEntry e)
    {
        var text = new StringBuilder();
        Field(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, e.PreviousHash);
        Field(text, FormatTime(e.At));
        Field(text, e.ActorKind.ToString());
        Field(text, e.ActorId);
        Field(text, e.ActorName);
        Field(text, e.Action);
        Field(text, e.Target);
        Field(text, e.Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>UTC with six decimals: both SQLite (ticks) and PostgreSQL (microseconds) give it back unchanged.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append('~');
            return;
        }
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(',');
    }
}
