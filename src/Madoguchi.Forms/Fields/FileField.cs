using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Attachment ids (the web layer stores bytes and checks size and kind); the engine checks the id
/// shape and settings.maxFiles (1 unless set).
/// </summary>
public sealed partial class FileField : FieldType
{
    [GeneratedRegex("^[A-Za-z0-9_-]{10,64}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Id();

    public override string Name => "file";

    public override bool IsEmpty(JsonNode? value) => value is not JsonArray { Count: > 0 };

    public override LocalizedText RequiredMessage(FormComponent component) =>
        Messages.Of($"{Messages.Ja(component)}を添付してください", $"Attach {Messages.En(component)}");

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        var max = component.Settings.MaxFiles ?? 1;
        var items = raw is JsonArray array ? array : new JsonArray(raw!.DeepClone());
        if (items.Count > 20)
        {
            return TooMany(component, max);
        }
        var ids = new List<string>();
        foreach (var item in items)
        {
            if (!RawText.TryGet(item, component, out var id, out _) || !Id().IsMatch(id))
            {
                return FieldResult.Fail("invalid_file", Messages.Of($"{Messages.Ja(component)}の添付ファイルが正しくありません。もう一度添付してください", $"The attachment for {Messages.En(component)} is not valid; attach it again"));
            }
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return ids.Count > max ? TooMany(component, max) : FieldResult.Ok(new JsonArray([.. ids.Select(i => (JsonNode)JsonValue.Create(i))]));
    }

    private static FieldResult TooMany(FormComponent c, int max) =>
        FieldResult.Fail("too_many_files", Messages.Of($"{Messages.Ja(c)}は{max}ファイルまで添付できます", $"Attach at most {max} files for {Messages.En(c)}"));
}
