namespace Madoguchi.Forms.Expressions.Nodes;

/// <summary>
/// yearsBetween counts whole years the way 年齢計算ニ関スル法律 counts age: a year is complete on the
/// anniversary (for 29 February, on 1 March in common years). daysBetween is to − from in days.
/// </summary>
internal sealed class DateDiffNode(Node from, Node to, bool years) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        if (!IsoDate.TryParse(from.Evaluate(scope), out var a) || !IsoDate.TryParse(to.Evaluate(scope), out var b))
        {
            return ExpressionValue.Null;
        }
        if (!years)
        {
            return ExpressionValue.FromNumber(b.DayNumber - a.DayNumber);
        }
        var whole = b.Year - a.Year;
        var beforeAnniversary = b.Month < a.Month || (b.Month == a.Month && b.Day < a.Day);
        var afterAnniversary = b.Month > a.Month || (b.Month == a.Month && b.Day > a.Day);
        if (whole > 0 && beforeAnniversary)
        {
            whole--;
        }
        else if (whole < 0 && afterAnniversary)
        {
            whole++;
        }
        return ExpressionValue.FromNumber(whole);
    }
}

/// <summary>["addDays", date, n]: n must be a whole number; out-of-range dates give null.</summary>
internal sealed class AddDaysNode(Node date, Node days) : Node
{
    public override ExpressionValue Evaluate(EvaluationScope scope)
    {
        var n = days.Evaluate(scope);
        if (!IsoDate.TryParse(date.Evaluate(scope), out var d) || n.Kind != ValueKind.Number || n.Number != decimal.Truncate(n.Number))
        {
            return ExpressionValue.Null;
        }
        var target = d.DayNumber + n.Number;
        return target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber
            ? ExpressionValue.Null
            : ExpressionValue.FromString(IsoDate.Format(DateOnly.FromDayNumber((int)target)));
    }
}
