using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>Extracts the applicant's name (the form's first personName) for the inbox and search.</summary>
internal static class ApplicantNames
{
    public static (string? Name, string? Key) From(FormDefinition definition, JsonObject data)
    {
        var component = definition.Pages.SelectMany(p => p.Components).FirstOrDefault(c => c.Type == "personName");
        if (component is null || data[component.Key] is not JsonObject name)
        {
            return (null, null);
        }
        var kanji = $"{Text(name, "family")} {Text(name, "given")}".Trim();
        var kana = $"{Text(name, "familyKana")} {Text(name, "givenKana")}".Trim();
        var shown = kana.Length > 0 ? $"{kanji}（{kana}）" : kanji;
        return (shown, $"{SearchKey.For(kanji)} {SearchKey.For(kana)}".Trim());
    }

    private static string Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
