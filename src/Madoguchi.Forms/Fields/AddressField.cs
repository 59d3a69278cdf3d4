using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Fields.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// 住所: { postalCode, prefecture, city, street, building }. The free-text parts are stored exactly as typed
/// (<see cref="TextChecks"/>); the postal code is normalised to NNN-NNNN; the prefecture is one of the 47.
/// </summary>
public sealed class AddressField : FieldType
{
    private static readonly string[] Parts = ["postalCode", "prefecture", "city", "street", "building"];

    public override string Name => "address";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        var input = CompositeInput.Open(raw, component, Parts, out var blankOrWrong);
        if (input is null)
        {
            return blankOrWrong!;
        }
        var postalPart = input.Part("郵便番号", "postal code");
        var postal = input.Text("postalCode", postalPart, required: false, 10);
        LocalizedText? postalMessage = null;
        var postalCode = postal is null ? null : PostalCode.Normalize(postal, postalPart, out postalMessage);
        if (postalMessage is not null)
        {
            input.Fail("postalCode", "invalid_postal_code", postalMessage);
        }
        var prefecturePart = input.Part("都道府県", "prefecture");
        var prefecture = input.Text("prefecture", prefecturePart, required: true, 10);
        if (prefecture is not null && !Prefectures.Names.Contains(prefecture))
        {
            input.Fail("prefecture", "invalid_prefecture", Messages.Of($"{Messages.Ja(prefecturePart)}は「東京都」「大阪府」のように正式な名前で入力してください", $"Enter {Messages.En(prefecturePart)} by its full name, like 東京都"));
        }
        var value = new JsonObject
        {
            ["postalCode"] = postalCode,
            ["prefecture"] = prefecture,
            ["city"] = input.Text("city", input.Part("市区町村", "city"), required: true, 100),
            ["street"] = input.Text("street", input.Part("町名・番地", "street and number"), required: true, 100),
            ["building"] = input.Text("building", input.Part("建物名・部屋番号", "building"), required: false, 100),
        };
        return input.Result(value);
    }
}
