using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Kana;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 氏名 with フリガナ: { family, given, familyKana, givenKana }. Names are stored exactly as typed (外字,
/// variants and IVS kept, no NFC/NFKC: <see cref="TextChecks"/>). フリガナ may be typed in hiragana or in
/// full- or half-width katakana and is stored in full-width katakana (<see cref="Furigana.Normalize"/>).
/// A given name is optional because some residents have none; each name part needs its kana.
/// </summary>
public sealed class PersonNameField : FieldType
{
    private static readonly string[] Parts = ["family", "given", "familyKana", "givenKana"];

    public override string Name => "personName";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        var input = CompositeInput.Open(raw, component, Parts, out var blankOrWrong);
        if (input is null)
        {
            return blankOrWrong!;
        }
        var family = input.Text("family", input.Part("姓", "family name"), required: true, 50);
        var given = input.Text("given", input.Part("名", "given name"), required: false, 50);
        var value = new JsonObject
        {
            ["family"] = family,
            ["given"] = given,
            ["familyKana"] = KanaPart(input, "familyKana", input.Part("セイ", "family name in kana"), required: true),
            ["givenKana"] = KanaPart(input, "givenKana", input.Part("メイ", "given name in kana"), required: given is not null),
        };
        return input.Result(value);
    }

    private static string? KanaPart(CompositeInput input, string key, FormComponent part, bool required)
    {
        var text = input.Text(key, part, required, 100);
        if (text is null)
        {
            return null;
        }
        var kana = Furigana.Normalize(text);
        if (kana.Error is { } error)
        {
            input.Fail(key, "invalid_kana", Detail.At(part, error));
            return null;
        }
        return kana.Value;
    }
}
