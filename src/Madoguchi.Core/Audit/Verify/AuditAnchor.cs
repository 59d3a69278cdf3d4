using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Madoguchi.Core.Audit.Verify;

/// <summary>
/// A point of the chain noted outside the database ("#1234 9f2c…", from the log or an earlier
/// verification): the chain must still pass through it. This is what reveals a log that was cut
/// back together with its head row, or recomputed from scratch.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>Reads "1234:9f2c…" (sequence, colon, the 64 hex digits of that entry's hash).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AuditAnchor? anchor)
    {
        anchor = null;
        var parts = text?.Trim().TrimStart('#').Split(':');
        if (parts is not [var sequence, var hash]
            || !long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return false;
        }
        anchor = new AuditAnchor(number, hash.ToLowerInvariant());
        return true;
    }

    public override string ToString() => $"{Sequence.ToString(CultureInfo.InvariantCulture)}:{Hash}";
}
