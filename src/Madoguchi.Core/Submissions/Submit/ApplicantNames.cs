using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Core.Submissions.Submit;

/// <summary>Extracts the applicant's name (the form's first personName) for the inbox and search.</summary>
public static class ApplicantNames
{
    public static (string? Name, string? Key, IReadOnlyList<string> Terms) From(FormDefinition definition, JsonObject data)
    {
        var component = definition.Pages.SelectMany(p => p.Components).FirstOrDefault(c => c.Type == "personName");
        if (component is null || data[component.Key] is not JsonObject name)
        {
            return (null, null, []);
        }
        var (family, given, familyKana, givenKana) = (Text(name, "family"), Text(name, "given"), Text(name, "familyKana"), Text(name, "givenKana"));
        var kanji = $"{family} {given}".Trim();
        var kana = $"{familyKana} {givenKana}".Trim();
        var shown = kana.Length > 0 ? $"{kanji}（{kana}）" : kanji;
        // The search key drops white space, so the whole names' keys are also their terms: computed once.
        var (kanjiKey, kanaKey) = (SearchKey.For(kanji), SearchKey.For(kana));
        return (shown, $"{kanjiKey} {kanaKey}".Trim(), Usable(SearchKey.For(family), SearchKey.For(given), kanjiKey, SearchKey.For(familyKana), SearchKey.For(givenKana), kanaKey));
    }

    /// <summary>
    /// What a clerk may type to find the applicant: the family name, the given name or the whole name,
    /// in kanji or in kana. Distinct search keys; one too long to be typed into the filter is left out.
    /// </summary>
    public static IReadOnlyList<string> Terms(string family, string given, string familyKana, string givenKana) =>
        Usable(SearchKey.For(family), SearchKey.For(given), SearchKey.For(family + given),
            SearchKey.For(familyKana), SearchKey.For(givenKana), SearchKey.For(familyKana + givenKana));

    private static List<string> Usable(params string[] keys)
    {
        var terms = new List<string>(keys.Length);
        foreach (var key in keys)
        {
            if (key.Length is > 0 and <= ApplicantNameTerm.MaxLength && !terms.Contains(key))
            {
                terms.Add(key);
            }
        }
        return terms;
    }

    /// <summary>The rows for <paramref name="application"/>'s terms.</summary>
    public static List<ApplicantNameTerm> Rows(Application application, IReadOnlyList<string> terms) =>
        [.. terms.Select(t => new ApplicantNameTerm { ApplicationId = application.Id, Term = t, SubmittedAt = application.SubmittedAt })];

    private static string Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
