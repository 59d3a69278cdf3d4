using System.Globalization;

namespace Madoguchi.Forms.Fields;

internal static class NumberText
{
    /// <summary>3.50 and 3.5 are the same answer; store the shortest form.</summary>
    public static decimal Trim(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
