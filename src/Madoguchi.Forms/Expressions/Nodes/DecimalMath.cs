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

    /// <summary>Drops trailing fractional zeros so that the browser evaluator prints the same digits.</summary>
    public static decimal Trim(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
