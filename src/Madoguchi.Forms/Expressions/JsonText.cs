using System.Text.Json;
using System.Text.Json.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>
/// Reading strings from JSON that may hold an unpaired surrogate escape ("\ud800"): System.Text.Json
/// throws InvalidOperationException for those, and hostile input must give an error, not a crash.
/// </summary>
internal static class JsonText
{
    public static bool TryGetString(JsonNode? node, out string text)
    {
        text = "";
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }
        try
        {
            text = value.GetValue<string>();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    /// <summary>The path of the first string or property name that cannot be read, or null.</summary>
    public static string? FirstUnreadable(JsonElement root)
    {
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (e, path) = pending.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.String when !Readable(e):
                    return path;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        pending.Push((item, $"{path}[{i++}]"));
                    }
                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        if (NameOf(property) is not { } name)
                        {
                            return path;
                        }
                        pending.Push((property.Value, $"{path}.{name}"));
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool Readable(JsonElement e)
    {
        try
        {
            _ = e.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
