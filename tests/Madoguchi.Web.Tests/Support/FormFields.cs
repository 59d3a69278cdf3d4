using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Web.Tests.Support;

/// <summary>Turns answers into the HTML field names a page posts ("items[0].size", "items.count").</summary>
public static class FormFields
{
    public static IEnumerable<KeyValuePair<string, string>> ForPage(FormPage page, JsonObject answers) =>
        page.Components.SelectMany(c => For(c, c.Key, answers[c.Key]));

    private static IEnumerable<KeyValuePair<string, string>> For(FormComponent c, string path, JsonNode? value)
    {
        switch (value)
        {
            case null:
                if (c.Type == "repeatingGroup")
                {
                    yield return new(path + ".count", "0");
                }
                yield break;
            case JsonArray items when c.Type == "repeatingGroup":
                yield return new(path + ".count", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var child in c.Components)
                    {
                        foreach (var field in For(child, $"{path}[{i}].{child.Key}", items[i]?[child.Key]))
                        {
                            yield return field;
                        }
                    }
                }
                yield break;
            case JsonArray values:
                foreach (var v in values)
                {
                    yield return new(path, v!.ToString());
                }
                yield break;
            case JsonObject parts:
                foreach (var (key, part) in parts)
                {
                    yield return new($"{path}.{key}", part?.ToString() ?? "");
                }
                yield break;
            default:
                yield return new(path, value.ToString());
                yield break;
        }
    }
}
