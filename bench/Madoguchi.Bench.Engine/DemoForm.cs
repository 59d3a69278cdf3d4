using System.Text.Json.Nodes;

namespace Madoguchi.Bench.Engine;

/// <summary>
/// The demo city's 粗大ごみ form (two pages of fields, a repeating group, conditions, computed
/// values and a fee) with answers a resident would type, as the HTML form posts them (strings).
/// </summary>
internal static class DemoForm
{
    /// <summary>A fixed day, so the date limits (today+3 … today+60) hold on every run.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static string DefinitionJson()
    {
        using var stream = typeof(DemoForm).Assembly.GetManifestResourceStream("sodai-gomi.form.json")
            ?? throw new InvalidOperationException("sodai-gomi.form.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public const string AnswersJson = """
        {
          "items": [ { "itemKind": "chair", "size": "small", "quantity": "2" }, { "itemKind": "sofa", "size": "large", "quantity": "1" } ],
          "collectionDate": "2026-12-04",
          "applicantName": { "family": "鈴木", "given": "太郎", "familyKana": "すずき", "givenKana": "たろう" },
          "collectionAddress": { "postalCode": "634-0078", "prefecture": "奈良県", "city": "デモ市", "street": "八木町1丁目1-18", "building": "" },
          "phone": "0744-22-4001",
          "email": "suzuki@example.jp",
          "consentPlacement": "true"
        }
        """;

    public static JsonObject Answers() => JsonNode.Parse(AnswersJson)!.AsObject();
}
