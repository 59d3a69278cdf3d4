using System.Globalization;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// Names an answer by its data path in the words of the form version: "品目 2件目 数量" for
/// "items[1].quantity"; a part of a composite answer ("applicantName.familyKana") is named by its field.
/// </summary>
public static class FieldLabels
{
    public static Message Of(FormDefinition definition, string path)
    {
        var (key, index, rest) = Head(path);
        var top = definition.Pages.SelectMany(p => p.Components).FirstOrDefault(c => c.Key == key);
        if (top is null)
        {
            return new Message(path, path);
        }
        if (index is not { } i || rest is null)
        {
            return Label(top);
        }
        var (childKey, _, _) = Head(rest);
        var group = Label(top);
        var child = top.Components.FirstOrDefault(c => c.Key == childKey);
        var n = (i + 1).ToString(CultureInfo.InvariantCulture);
        return child is null
            ? new Message($"{group.Ja} {n}件目", $"{group.En} item {n}")
            : new Message($"{group.Ja} {n}件目 {Label(child).Ja}", $"{group.En} item {n}: {Label(child).En}");
    }

    public static Message Label(FormComponent c) =>
        new(c.Label?.Ja ?? c.Key, c.Label?.Get("en") ?? c.Key);

    // "items[1].quantity" → ("items", 1, "quantity"); "phone" → ("phone", null, null).
    private static (string Key, int? Index, string? Tail) Head(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        if (end < 0)
        {
            return (path, null, null);
        }
        var key = path[..end];
        if (path[end] == '.')
        {
            return (key, null, path[(end + 1)..]);
        }
        var close = path.IndexOf(']', end);
        if (close < 0 || !int.TryParse(path.AsSpan(end + 1, close - end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (key, null, null);
        }
        var rest = close + 1 < path.Length && path[close + 1] == '.' ? path[(close + 2)..] : null;
        return (key, index, rest);
    }
}
