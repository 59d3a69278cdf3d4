using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Postal;

namespace Madoguchi.Forms.Fields;

/// <summary>郵便番号 for postalCode and address.postalCode: read by <see cref="PostalCodes.Normalize"/>, stored as NNN-NNNN.</summary>
internal static class PostalCode
{
    public static string? Normalize(string text, FormComponent c, out LocalizedText? message)
    {
        var code = PostalCodes.Normalize(text);
        message = code.Error is { } error ? Detail.At(c, error) : null;
        return code.Value is { } digits ? PostalCodes.Format(digits) : null;
    }
}
