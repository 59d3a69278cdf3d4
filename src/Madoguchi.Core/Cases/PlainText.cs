using Madoguchi.Japanese;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Core.Cases;

/// <summary>
/// Free text people write about a case (messages, notes, the reason of a correction request):
/// plain text only, line breaks allowed, stored as typed apart from line endings. Characters that
/// cannot be shown or that disguise the text (controls, bidi overrides) are refused by name.
/// Pages escape it on output like any other text, so markup is shown, never run.
/// </summary>
public static class PlainText
{
    public static Validated<string> Validate(string? input, int maxLength, bool required, Message whenEmpty)
    {
        // A length far beyond the limit is refused before counting text elements in it.
        if (input is { Length: var n } && n > maxLength * 8)
        {
            return Validated.Fail<string>(new Message(
                $"{maxLength}文字以内で入力してください。", $"Enter at most {maxLength} characters."));
        }
        var text = (input ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Trim().Length == 0)
        {
            return required ? Validated.Fail<string>(whenEmpty) : Validated.Ok("");
        }
        return StoredText.Validate(text, maxLength, allowLineBreaks: true);
    }

    /// <summary>The text cut to at most <paramref name="max"/> UTF-16 units (never inside a surrogate pair), for summaries.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut] + "…";
    }
}
