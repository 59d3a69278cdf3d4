using System.Globalization;

namespace Madoguchi.Japanese.Text;

/// <summary>Length as a person counts it: extended grapheme clusters, so 神󠄀 (base + IVS selector) and 👨‍👩‍👧 count as one.</summary>
public static class TextElements
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringInfo(text).LengthInTextElements;
    }
}
