using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Free text is checked by <see cref="StoredText"/> (docs/japanese-data.md, "Names and addresses"): control
/// characters, unpaired surrogates, U+FFFE/U+FFFF and bidi overrides (CVE-2021-42574) are rejected, naming the
/// character; nothing is normalised. Lengths count text elements, as a person counts characters.
/// </summary>
internal static class TextChecks
{
    public static FieldIssue? Check(string text, FormComponent c, bool multiline, int? minLength, int? maxLength, string? subPath = null)
    {
        // multilineText documents tabs as allowed (text pasted from a spreadsheet); StoredText rejects every C0
        // control, so tabs are masked one for one, which keeps the positions in its message right.
        var checkedText = multiline ? text.Replace('\t', ' ') : text;
        var characters = StoredText.Validate(checkedText, int.MaxValue, allowLineBreaks: multiline);
        if (characters.Error is { } error)
        {
            return new FieldIssue("invalid_character", Detail.At(c, error), subPath);
        }
        return CheckLength(text, c, minLength, maxLength, subPath);
    }

    private static FieldIssue? CheckLength(string text, FormComponent c, int? minLength, int? maxLength, string? subPath)
    {
        // A text element is at least one UTF-16 unit, so UTF-16 length decides unless it is past a limit.
        var needsCount = (maxLength is { } mx && text.Length > mx) || (minLength is { } mn && text.Length >= mn);
        var length = needsCount ? TextElements.Count(text) : text.Length;
        if (maxLength is { } max && length > max)
        {
            return new FieldIssue("too_long", Messages.TooLong(c, max), subPath);
        }
        return minLength is { } min && length < min ? new FieldIssue("too_short", Messages.TooShort(c, min), subPath) : null;
    }
}
