using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Web.Resident;

/// <summary>
/// An answer a correction request opened, found in the resident's edits: the component, the object
/// its answer lives in (the answers, or one item of a group) and the prefix of its HTML name.
/// </summary>
internal sealed partial record FlaggedAnswer(string Path, FormComponent Component, FormComponent? Group, int? Item, JsonObject Scope, string Prefix)
{
    public JsonNode? Value => Scope[Component.Key];

    [GeneratedRegex(@"^([a-z][A-Za-z0-9]{0,63})\[(\d{1,3})\]\.([a-z][A-Za-z0-9]{0,63})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex ItemField();

    /// <summary>The flagged answers in the order the clerk's request lists them; an item that no longer exists is left out.</summary>
    public static IReadOnlyList<FlaggedAnswer> In(FormDefinition definition, IEnumerable<string> paths, JsonObject answers)
    {
        var top = definition.Pages.SelectMany(p => p.Components).ToList();
        var found = new List<FlaggedAnswer>();
        foreach (var path in paths)
        {
            if (ItemField().Match(path) is { Success: true } m)
            {
                var group = top.FirstOrDefault(c => c.Key == m.Groups[1].Value && c.Type == "repeatingGroup");
                var index = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                var child = group?.Components.FirstOrDefault(c => c.Key == m.Groups[3].Value);
                if (child is not null && answers[group!.Key] is JsonArray items && index < items.Count && items[index] is JsonObject item)
                {
                    found.Add(new FlaggedAnswer(path, child, group, index, item, FieldNames.Item(group.Key, index)));
                }
            }
            else if (top.FirstOrDefault(c => c.Key == path) is { } component)
            {
                found.Add(new FlaggedAnswer(path, component, null, null, answers, ""));
            }
        }
        return found;
    }
}
