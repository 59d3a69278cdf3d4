using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>One answer a clerk may flag: a top-level field, or a field of one repeating-group item.</summary>
/// <param name="Path">The data path, e.g. "phone", "items" (the whole group) or "items[1].quantity".</param>
/// <param name="Group">The repeating group the field sits in, for "items[1].quantity".</param>
/// <param name="Item">The item's index (0-based) in that group.</param>
public sealed record FlaggableField(string Path, FormComponent Component, FormComponent? Group, int? Item);

/// <summary>
/// Which answers a correction request can open and what a flagged path covers. Flags go one level
/// deep: a top-level field (a whole repeating group included, with adding and removing items), or
/// one field of one item of a top-level group.
/// </summary>
public static class CorrectionFields
{
    /// <summary>The answers of the version answered that can be flagged, in form order: every shown field that holds a value.</summary>
    public static IReadOnlyList<FlaggableField> Choices(CompiledForm form, JsonObject data, DateOnly today)
    {
        var list = new List<FlaggableField>();
        foreach (var page in form.VisiblePages(data, today))
        {
            foreach (var c in page.Components.Where(c => HoldsAnswer(form, c) && form.IsVisible(c, data, today)))
            {
                list.Add(new FlaggableField(c.Key, c, null, null));
                if (c.Type != "repeatingGroup" || data[c.Key] is not JsonArray items)
                {
                    continue;
                }
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not JsonObject item)
                    {
                        continue;
                    }
                    foreach (var child in c.Components.Where(x => HoldsAnswer(form, x) && form.IsVisible(x, data, today, item)))
                    {
                        list.Add(new FlaggableField(ItemPath(c.Key, i, child.Key), child, c, i));
                    }
                }
            }
        }
        return list;
    }

    public static string ItemPath(string groupKey, int index, string childKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{groupKey}[{index}].{childKey}");

    /// <summary>Whether an answer at <paramref name="path"/> (or one of its parts) lies inside a flagged answer.</summary>
    public static bool Covers(IEnumerable<string> flagged, string path) =>
        flagged.Any(f => path == f
            || (path.Length > f.Length && path.StartsWith(f, StringComparison.Ordinal) && path[f.Length] is '.' or '['));

    /// <summary>Flags without the ones a flagged whole group already covers, in the order given.</summary>
    public static IReadOnlyList<string> WithoutCovered(IReadOnlyList<string> paths) =>
        [.. paths.Distinct(StringComparer.Ordinal).Where(p => !paths.Any(o => o != p && Covers([o], p)))];

    /// <summary>
    /// Whether <paramref name="after"/> differs from <paramref name="before"/> anywhere a flag does not cover.
    /// Items of a group are compared one by one, so a flag on one item's field allows only that field to change.
    /// </summary>
    public static bool ChangesOutside(IReadOnlyList<string> flagged, JsonObject before, JsonObject after)
    {
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal))
        {
            var was = before[key];
            var now = after[key];
            if (JsonNode.DeepEquals(was, now) || Covers(flagged, key))
            {
                continue;
            }
            if (was is not JsonArray a || now is not JsonArray b || a.Count != b.Count)
            {
                return true;
            }
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is not JsonObject x || b[i] is not JsonObject y)
                {
                    return true;
                }
                foreach (var child in x.Select(p => p.Key).Union(y.Select(p => p.Key), StringComparer.Ordinal))
                {
                    if (!JsonNode.DeepEquals(x[child], y[child]) && !Covers(flagged, ItemPath(key, i, child)))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> paths) => string.Join(' ', paths);

    // Static text and computed values are nothing a resident typed.
    private static bool HoldsAnswer(CompiledForm form, FormComponent c) => form.FieldTypeOf(c).HasValue;
}
