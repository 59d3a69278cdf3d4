using System.Globalization;

namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>Dates in expressions are ISO strings (yyyy-MM-dd), so they compare and sort as text.</summary>
internal static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(ExpressionValue value, out DateOnly date)
    {
        date = default;
        return value.Kind == ValueKind.Text
            && value.Text.Length == 10
            && DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
