using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Web.Resident;

/// <summary>Shows a stored answer the way a person reads it (choice labels, yen, dates, masked 個人番号).</summary>
internal static class AnswerDisplay
{
    public static string Format(FormComponent c, JsonNode? value, FormRenderContext ctx)
    {
        if (value is null)
        {
            return ctx.T("review.notAnswered");
        }
        return c.Type switch
        {
            "singleChoice" => ChoiceLabel(c, value.ToString(), ctx),
            "multipleChoice" => value is JsonArray a ? string.Join("、", a.Select(v => ChoiceLabel(c, v?.ToString() ?? "", ctx))) : value.ToString(),
            "yesNo" => IsTrue(value) ? ctx.T("form.yes") : ctx.T("form.no"),
            "consent" => IsTrue(value) ? (ctx.Language == "en" ? "Agreed" : "同意します") : ctx.T("review.notAnswered"),
            "personName" => Name(value),
            "address" => Address(value),
            "bankAccount" => Bank(value, ctx),
            "individualNumber" => Mask(value.ToString()),
            "date" => Date(value.ToString(), ctx.Language),
            "number" => Number(value) + (c.Settings.Unit ?? ""),
            "computed" => Computed(value, c.Settings.Format),
            "file" => value is JsonArray files
                ? string.Join("、", files.Select(f => ctx.Attachments.TryGetValue(f?.ToString() ?? "", out var att) ? att.FileName : "?"))
                : "",
            _ => value.ToString(),
        };
    }

    public static string Computed(FormComponent c, string path, FormRenderContext ctx) =>
        Computed(Read(ctx.Computed, path), c.Settings.Format);

    private static string Computed(JsonNode? value, string? format) =>
        value is null ? "—" : format == "yen" ? Yen(value) : Number(value);

    public static string Yen(JsonNode value) => Number(value) + "円";

    public static string Yen(long yen) => yen.ToString("#,0", CultureInfo.InvariantCulture) + "円";

    private static string Number(JsonNode value) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var d) ? d.ToString("#,0.##", CultureInfo.InvariantCulture) : value.ToString();

    private static string ChoiceLabel(FormComponent c, string value, FormRenderContext ctx) =>
        c.Choices.FirstOrDefault(x => x.Value == value) is { } choice ? ctx.Text(choice.Label) : value;

    private static bool IsTrue(JsonNode value) =>
        value is JsonValue v && ((v.TryGetValue<bool>(out var b) && b) || v.ToString() is "true" or "True");

    private static string Part(JsonNode o, string key) => o is JsonObject obj && obj[key] is JsonNode n ? n.ToString() : "";

    private static string Name(JsonNode v)
    {
        var kanji = $"{Part(v, "family")} {Part(v, "given")}".Trim();
        var kana = $"{Part(v, "familyKana")} {Part(v, "givenKana")}".Trim();
        return kana.Length > 0 ? $"{kanji}（{kana}）" : kanji;
    }

    private static string Address(JsonNode v)
    {
        var postal = Part(v, "postalCode");
        var line = $"{Part(v, "prefecture")}{Part(v, "city")}{Part(v, "street")} {Part(v, "building")}".Trim();
        return postal.Length > 0 ? $"〒{postal} {line}" : line;
    }

    private static string Bank(JsonNode v, FormRenderContext ctx)
    {
        var type = Part(v, "accountType") switch
        {
            "ordinary" or "1" => ctx.T("form.ordinary"),
            "current" or "2" => ctx.T("form.current"),
            "savings" or "4" => ctx.T("form.savings"),
            var other => other,
        };
        return $"{Part(v, "bankCode")}-{Part(v, "branchCode")} {type} {Part(v, "accountNumber")} {Part(v, "holderKana")}";
    }

    /// <summary>個人番号 is never shown in full after it is typed (番号法: minimise exposure).</summary>
    public static string Mask(string number) =>
        number.Length <= 4 ? new string('*', number.Length) : new string('*', number.Length - 4) + number[^4..];

    private static string Date(string iso, string language) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? language == "en" ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : $"{d.Year}年{d.Month}月{d.Day}日"
            : iso;

    public static JsonNode? Read(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? segment : segment[..bracket];
            node = node is JsonObject o ? o[key] : null;
            if (bracket >= 0 && int.TryParse(segment[(bracket + 1)..^1], out var i))
            {
                node = node is JsonArray a && i < a.Count ? a[i] : null;
            }
        }
        return node;
    }
}
