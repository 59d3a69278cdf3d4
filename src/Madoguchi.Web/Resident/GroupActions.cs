using System.Text.Json.Nodes;

namespace Madoguchi.Web.Resident;

/// <summary>
/// The buttons that change a page's shape without JavaScript: add an item to a repeating group,
/// remove one, or remove an attached file. They never validate; they just re-show the page.
/// </summary>
internal static class GroupActions
{
    public static bool Apply(string? action, JsonObject answers)
    {
        if (string.IsNullOrEmpty(action) || action.Length > 300)
        {
            return false;
        }
        var parts = action.Split(':');
        switch (parts)
        {
            case ["add", var path]:
                var array = AnswerDisplay.Read(answers, path) as JsonArray ?? EnsureArray(answers, path);
                array?.Add(new JsonObject());
                return array is not null;
            case ["remove", var path, var index] when AnswerDisplay.Read(answers, path) is JsonArray items
                && int.TryParse(index, out var i) && i >= 0 && i < items.Count:
                items.RemoveAt(i);
                return true;
            case ["removefile", var path, var id] when AnswerDisplay.Read(answers, path) is JsonArray files:
                var match = files.FirstOrDefault(f => f?.ToString() == id);
                if (match is not null)
                {
                    files.Remove(match);
                }
                return true;
            default:
                return false;
        }
    }

    // A group not answered yet: create its array where the path says (top level or inside an item).
    private static JsonArray? EnsureArray(JsonObject answers, string path)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? answers : AnswerDisplay.Read(answers, path[..dot]) as JsonObject;
        if (parent is null)
        {
            return null;
        }
        var array = new JsonArray();
        parent[dot < 0 ? path : path[(dot + 1)..]] = array;
        return array;
    }
}
