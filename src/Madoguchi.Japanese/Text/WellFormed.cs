namespace Madoguchi.Japanese.Text;

/// <summary>Unicode normalisation throws on unpaired surrogates; parsers check this first and answer with a message instead.</summary>
internal static class WellFormed
{
    public static bool HasUnpairedSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
