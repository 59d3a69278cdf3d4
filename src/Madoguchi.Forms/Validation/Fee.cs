using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Validation;

/// <summary>The fee is whole yen, never negative (money is long yen throughout Madoguchi).</summary>
internal static class Fee
{
    public static long? Evaluate(Expression? fee, FormRun run, bool report)
    {
        if (fee is null)
        {
            return null;
        }
        var value = fee.Evaluate(run.Scope);
        if (value.Kind == ValueKind.Number && value.Number >= 0 && value.Number == decimal.Truncate(value.Number) && value.Number <= long.MaxValue)
        {
            return (long)value.Number;
        }
        if (report && run.Errors.Count == 0)
        {
            run.Errors.Add(new FieldError("", "invalid_fee", new LocalizedText(
                "手数料を計算できませんでした。入力内容をご確認のうえ、窓口にお問い合わせください",
                "The fee could not be calculated; check your answers or contact the office")));
        }
        return null;
    }
}
