namespace Madoguchi.Forms.Fields;

/// <summary>
/// Where the hyphens go. The resident's own grouping is kept when it has three groups, since only
/// they know their 市外局番 length; otherwise common patterns are applied (total digits unchanged).
/// </summary>
internal static class PhoneFormat
{
    public static string Hyphenate(string typed, string digits)
    {
        var groups = typed.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length == 3 && string.Concat(groups) == digits)
        {
            return string.Join('-', groups);
        }
        if (digits.Length == 11)
        {
            return $"{digits[..3]}-{digits[3..7]}-{digits[7..]}";
        }
        if (digits.StartsWith("0120", StringComparison.Ordinal) || digits.StartsWith("0570", StringComparison.Ordinal))
        {
            return $"{digits[..4]}-{digits[4..7]}-{digits[7..]}";
        }
        return digits[1] is '3' or '6'
            ? $"{digits[..2]}-{digits[2..6]}-{digits[6..]}"
            : $"{digits[..3]}-{digits[3..6]}-{digits[6..]}";
    }
}
