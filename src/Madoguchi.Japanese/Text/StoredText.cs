namespace Madoguchi.Japanese.Text;

/// <summary>
/// Names and addresses are stored exactly as typed: no NFC/NFKC (U+FA19 神 would become U+795E), variation
/// selector sequences (IVS) kept. Only characters that cannot be shown or that disguise the text are rejected.
/// </summary>
public static class StoredText
{
    /// <param name="input">The text as typed; returned unchanged when valid.</param>
    /// <param name="maxLength">Maximum length in text elements (what a person sees), not UTF-16 units.</param>
    /// <param name="allowLineBreaks">Whether CR/LF are accepted (multi-line address fields).</param>
    public static Validated<string> Validate(string? input, int maxLength, bool allowLineBreaks = false)
    {
        string text = input ?? string.Empty;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c, allowLineBreaks))
            {
                int position = TextElements.Count(text[..i]) + 1;
                return Validated.Fail<string>(CharacterNames.NotAllowed(c.ToString(), position, "この欄", "this field"));
            }
        }

        int length = TextElements.Count(text);
        return length > maxLength
            ? Validated.Fail<string>(new Message($"{maxLength}文字以内で入力してください（現在{length}文字）。", $"Enter at most {maxLength} characters (now {length})."))
            : Validated.Ok(text);
    }

    /// <summary>
    /// Control characters (Cc), unpaired surrogates, noncharacters U+FFFE/U+FFFF, and the bidirectional embeddings,
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make stored text read differently from what it is.
    /// </summary>
    public static bool IsForbidden(char c, bool allowLineBreaks = false) => c switch
    {
        '\r' or '\n' => !allowLineBreaks,
        _ when char.IsControl(c) => true,
        _ when char.IsSurrogate(c) => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\uFFFE' or '\uFFFF' => true,
        _ => false,
    };
}
