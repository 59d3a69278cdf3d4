using System.Text.Json.Nodes;

using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Validation;

namespace Madoguchi.Web.Resident;

/// <summary>What every field on a page needs to render: language, errors, files, computed values.</summary>
internal sealed class FormRenderContext(string language, IReadOnlyList<FieldError> errors, IReadOnlyDictionary<string, Attachment> attachments, JsonObject computed)
{
    public string Language { get; } = language;
    public IReadOnlyList<FieldError> Errors { get; } = errors;
    public IReadOnlyDictionary<string, Attachment> Attachments { get; } = attachments;

    /// <summary>
    /// The engine's view of the current answers: normalised (２ → 2, 和暦 → ISO), hidden ones dropped,
    /// computed values (fees) added. The browser evaluator starts from this.
    /// </summary>
    public JsonObject Computed { get; } = computed;

    public string T(string key) => Localization.UiText.Get(key, Language);

    public string Text(LocalizedText? text) => text?.Get(Language) ?? "";

    public IEnumerable<FieldError> ErrorsAt(string path) =>
        Errors.Where(e => e.Path == path || e.Path.StartsWith(path + ".", StringComparison.Ordinal)
            || e.Path.StartsWith(path + "[", StringComparison.Ordinal));

    public IEnumerable<FieldError> ErrorsExactlyAt(string path) => Errors.Where(e => e.Path == path);
}

/// <summary>One component to render at a data path, with its current (raw) answer.</summary>
internal sealed record FieldView(FormComponent Component, string Path, JsonNode? Value, FormRenderContext Context)
{
    public string Id => FieldNames.Id(Path);

    public string Text => Value is JsonValue v ? v.ToString() : "";

    public string Part(string part) => Value is JsonObject o && o[part] is JsonValue v ? v.ToString() : "";

    public bool IsChosen(string choice) => Value switch
    {
        JsonArray a => a.Any(x => x is JsonValue v && v.ToString() == choice),
        JsonValue v => v.ToString() == choice,
        _ => false,
    };

    public bool HasError => Context.ErrorsAt(Path).Any();

    public string? DescribedBy(string? extra = null)
    {
        var ids = new List<string>();
        if (Component.Hint is not null)
        {
            ids.Add(Id + "-hint");
        }
        if (HasError)
        {
            ids.Add(Id + "-error");
        }
        if (extra is not null)
        {
            ids.Add(extra);
        }
        return ids.Count > 0 ? string.Join(' ', ids) : null;
    }

    public string? VisibleWhenJson => Component.VisibleWhen?.Source?.ToJsonString();
}
