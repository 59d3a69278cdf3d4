using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

internal static class PostalCode
{
    public static string? Normalize(string text)
    {
        var digits = Width.DigitsOnly(text.Trim().TrimStart('〒'));
        return digits is { Length: 7 } ? $"{digits[..3]}-{digits[3..]}" : null;
    }

    public static LocalizedText Message(FormComponent c) =>
        Messages.Of($"{Messages.Ja(c)}は7桁の郵便番号（例：123-4567）で入力してください", $"Enter {Messages.En(c)} as a 7-digit postal code, like 123-4567");
}
