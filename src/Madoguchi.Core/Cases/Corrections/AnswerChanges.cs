using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// One answer that differs between two revisions, with what is needed to label it from the form
/// version: the field, and for a field inside a repeating group the group and the item's number.
/// Values are the stored JSON (null when unanswered); pages and exports format them.
/// </summary>
public sealed record AnswerChange(
    string Path, FormComponent Component, FormComponent? Group, int? Item, JsonNode? Before, JsonNode? After);

/// <summary>The differences between two sets of stored answers of one form version, field by field in form order.</summary>
public static class AnswerChanges
{
    public static IReadOnlyList<AnswerChange> Between(FormDefinition definition, JsonObject before, JsonObject after)
    {
        var changes = new List<AnswerChange>();
        foreach (var c in definition.Pages.SelectMany(p => p.Components).Where(c => c.Type != "staticText"))
        {
            if (c.Type == "repeatingGroup")
            {
                AddItems(changes, c, before[c.Key] as JsonArray, after[c.Key] as JsonArray);
            }
            else if (!JsonNode.DeepEquals(before[c.Key], after[c.Key]))
            {
                changes.Add(new AnswerChange(c.Key, c, null, null, before[c.Key], after[c.Key]));
            }
        }
        return changes;
    }

    // Items are compared by position: an added item shows its answers against nothing, a removed one the reverse.
    private static void AddItems(List<AnswerChange> changes, FormComponent group, JsonArray? before, JsonArray? after)
    {
        var count = Math.Max(before?.Count ?? 0, after?.Count ?? 0);
        for (var i = 0; i < count; i++)
        {
            var b = before is not null && i < before.Count ? before[i] as JsonObject : null;
            var a = after is not null && i < after.Count ? after[i] as JsonObject : null;
            foreach (var child in group.Components.Where(c => c.Type != "staticText"))
            {
                var was = b?[child.Key];
                var now = a?[child.Key];
                if (!JsonNode.DeepEquals(was, now))
                {
                    changes.Add(new AnswerChange(CorrectionFields.ItemPath(group.Key, i, child.Key), child, group, i, was, now));
                }
            }
        }
    }
}
