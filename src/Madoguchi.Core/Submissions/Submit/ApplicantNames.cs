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
        return (shown, $"{SearchKey.For(kanji)} {SearchKey.For(kana)}".Trim(), Terms(family, given, familyKana, givenKana));
    }

    /// <summary>
    /// What a clerk may type to find the applicant: the family name, the given name or the whole name,
    /// in kanji or in kana. Distinct search keys; one too long to be typed into the filter is left out.
    /// </summary>
    public static IReadOnlyList<string> Terms(string family, string given, string familyKana, string givenKana)
    {
        var terms = new List<string>(6);
        foreach (var part in (string[])[family, given, family + given, familyKana, givenKana, familyKana + givenKana])
        {
            var key = SearchKey.For(part);
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
