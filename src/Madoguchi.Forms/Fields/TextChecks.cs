using System.Globalization;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Characters no person types on purpose: control characters, unpaired surrogates (invalid UTF-16)
/// and bidi overrides (they can make text display differently from what is stored, CVE-2021-42574).
/// </summary>
internal static class TextChecks
{
    public static FieldIssue? Check(string text, FormComponent c, bool multiline, int? minLength, int? maxLength, string? subPath = null)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(ch))
            {
                return Issue("invalid_character", $"{Messages.Ja(c)}に不正な文字（対になっていないサロゲート）が含まれています", $"{Messages.En(c)} contains an invalid character (unpaired surrogate)", subPath);
            }
            if (IsBidiControl(ch))
            {
                return Issue("invalid_character", $"{Messages.Ja(c)}に文字の表示順を変える制御文字（U+{(int)ch:X4}）は使えません", $"{Messages.En(c)} must not contain a text direction control character (U+{(int)ch:X4})", subPath);
            }
            if (char.IsControl(ch) && !(multiline && ch is '\n' or '\r' or '\t'))
            {
                return ch is '\n' or '\r'
                    ? Issue("invalid_character", $"{Messages.Ja(c)}は改行せずに入力してください", $"{Messages.En(c)} must be on one line", subPath)
                    : Issue("invalid_character", $"{Messages.Ja(c)}に制御文字（U+{(int)ch:X4}）は使えません", $"{Messages.En(c)} must not contain a control character (U+{(int)ch:X4})", subPath);
            }
        }
        return CheckLength(text, c, minLength, maxLength, subPath);
    }

    private static FieldIssue? CheckLength(string text, FormComponent c, int? minLength, int? maxLength, string? subPath)
    {
        // A text element is at least one UTF-16 unit, so UTF-16 length decides unless it is past a limit.
        var needsCount = (maxLength is { } mx && text.Length > mx) || (minLength is { } mn && text.Length >= mn);
        var length = needsCount ? new StringInfo(text).LengthInTextElements : text.Length;
        if (maxLength is { } max && length > max)
        {
            return new FieldIssue("too_long", Messages.TooLong(c, max), subPath);
        }
        return minLength is { } min && length < min ? new FieldIssue("too_short", Messages.TooShort(c, min), subPath) : null;
    }

    private static bool IsBidiControl(char ch) => ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static FieldIssue Issue(string code, string ja, string en, string? subPath) => new(code, new LocalizedText(ja, en), subPath);
}
