using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Web.Resident;

/// <summary>
/// Reads one page's answers from an HTML form post into the answers object, exactly as typed
/// (the engine normalises them when it validates). Answers to other pages are left as they were.
/// </summary>
internal static class PostedAnswers
{
    /// <summary>Upper bound on items a post may create, whatever the form says.</summary>
    private const int MaxItems = 100;

    public static void ReadPage(IFormCollection form, FormPage page, JsonObject answers)
    {
        foreach (var component in page.Components)
        {
            Read(form, component, "", answers);
        }
    }

    /// <summary>Reads one answer into its scope (the answers, or one item of a group), e.g. a flagged answer of a correction.</summary>
    public static void ReadOne(IFormCollection form, FormComponent component, string prefix, JsonObject target) =>
        Read(form, component, prefix, target);

    private static void Read(IFormCollection form, FormComponent c, string prefix, JsonObject target)
    {
        var path = FieldNames.Child(prefix, c.Key);
        switch (c.Type)
        {
            case "staticText" or "computed" or "file":
                return; // nothing typed; files arrive through UploadAttachment
            case "repeatingGroup":
                var count = int.TryParse(form[path + ".count"], out var n) ? Math.Clamp(n, 0, Math.Min(c.MaxItems ?? MaxItems, MaxItems)) : 0;
                var items = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    var item = new JsonObject();
                    foreach (var child in c.Components)
                    {
                        Read(form, child, FieldNames.Item(path, i), item);
                    }
                    items.Add(item);
                }
                target[c.Key] = items;
                return;
            case "personName" or "address" or "bankAccount":
                var parts = new JsonObject();
                foreach (var part in FieldNames.Parts(c.Type))
                {
                    var value = form[path + "." + part].ToString();
                    if (value.Length > 0)
                    {
                        parts[part] = value;
                    }
                }
                Set(target, c.Key, parts.Count > 0 ? parts : null);
                return;
            case "multipleChoice":
                var chosen = new JsonArray();
                foreach (var v in form[path].Where(v => !string.IsNullOrEmpty(v)))
                {
                    chosen.Add(v);
                }
                Set(target, c.Key, chosen.Count > 0 ? chosen : null);
                return;
            default:
                var text = form[path].ToString();
                Set(target, c.Key, text.Length > 0 ? JsonValue.Create(text) : null);
                return;
        }
    }

    private static void Set(JsonObject target, string key, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(key);
        }
        else
        {
            target[key] = value;
        }
    }
}
