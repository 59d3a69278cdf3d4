using System.Globalization;

namespace Madoguchi.Forms.Expressions.Nodes;

internal static class DecimalMath
{
    public static bool TryApply(Func<decimal, decimal, decimal> op, decimal a, decimal b, out decimal result)
    {
        try
        {
            result = op(a, b);
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    /// <summary>Drops trailing fractional zeros (3.50 → 3.5): one stored form per answer, and the digits the browser prints.</summary>
    public static decimal Trim(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
