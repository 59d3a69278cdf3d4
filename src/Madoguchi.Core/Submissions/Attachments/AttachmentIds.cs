using System.Text.Json;

namespace Madoguchi.Core.Submissions;

/// <summary>Finds the attachment ids referenced anywhere in stored answers (file fields may sit in groups).</summary>
public static class AttachmentIds
{
    public static HashSet<string> In(string dataJson)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(dataJson);
        Collect(doc.RootElement, ids);
        return ids;
    }

    private static void Collect(JsonElement element, HashSet<string> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    Collect(p.Value, ids);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, ids);
                }
                break;
            case JsonValueKind.String when element.GetString() is { Length: >= 10 and <= 64 } s:
                ids.Add(s);
                break;
            default:
                break;
        }
    }
}
