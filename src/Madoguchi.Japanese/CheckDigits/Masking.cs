namespace Madoguchi.Japanese.CheckDigits;

public static class Masking
{
    /// <summary>Replaces every character but the last <paramref name="visible"/> with '*'.</summary>
    public static string KeepLast(string text, int visible)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(visible);
        int hidden = Math.Max(0, text.Length - visible);
        return new string('*', hidden) + text[hidden..];
    }
}
