namespace Madoguchi.Forms.Expressions;

/// <summary>Equality and ordering as documented in docs/form-schema.md ("Comparison").</summary>
internal static class ValueComparison
{
    public static bool AreEqual(ExpressionValue a, ExpressionValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }
        switch (a.Kind)
        {
            case ValueKind.Null:
                return true;
            case ValueKind.Boolean:
                return a.IsTrue == b.IsTrue;
            case ValueKind.Number:
                return a.Number == b.Number;
            case ValueKind.Text:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
            case ValueKind.List:
                return ListsEqual(a, b);
            default:
                return false;
        }
    }

    private static bool ListsEqual(ExpressionValue a, ExpressionValue b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (!AreEqual(a.ItemAt(i), b.ItemAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Numbers by value, strings ordinally (ISO dates sort correctly); anything else: null.</summary>
    public static int? Compare(ExpressionValue a, ExpressionValue b)
    {
        if (a.Kind == ValueKind.Number && b.Kind == ValueKind.Number)
        {
            return a.Number.CompareTo(b.Number);
        }
        if (a.Kind == ValueKind.Text && b.Kind == ValueKind.Text)
        {
            return Math.Sign(string.CompareOrdinal(a.Text, b.Text));
        }
        return null;
    }
}
