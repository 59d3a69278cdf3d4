using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// Reads an object answer made of named text parts (personName, address, bankAccount), collecting
/// issues per part so that the resident sees each one at its own input.
/// </summary>
internal sealed class CompositeInput
{
    private readonly JsonObject _raw;
    private readonly FormComponent _component;

    private CompositeInput(JsonObject raw, FormComponent component)
    {
        _raw = raw;
        _component = component;
    }

    public List<FieldIssue> Issues { get; } = [];

    /// <summary>Opens the answer; blank gives null with no issue, a non-object gives null with a failure.</summary>
    public static CompositeInput? Open(JsonNode? raw, FormComponent c, string[] parts, out FieldResult? failure)
    {
        failure = null;
        if (raw is not JsonObject obj)
        {
            failure = RawText.IsBlank(raw) ? FieldResult.Empty : FieldResult.Fail("invalid_type", Messages.InvalidType(c));
            return null;
        }
        var input = new CompositeInput(obj, c);
        foreach (var (key, value) in obj)
        {
            if (Array.IndexOf(parts, key) < 0)
            {
                input.Issues.Add(new FieldIssue("unknown_field", Messages.Of($"「{key}」は{Messages.Ja(c)}の項目ではありません", $"\"{key}\" is not a part of {Messages.En(c)}"), key));
            }
        }
        var allBlank = parts.All(p => RawText.IsBlank(obj[p]));
        if (allBlank && input.Issues.Count == 0)
        {
            failure = FieldResult.Empty;
            return null;
        }
        return input;
    }

    public FormComponent Part(string ja, string en) =>
        new() { Key = _component.Key, Type = _component.Type, Label = new LocalizedText($"{Messages.Ja(_component)}（{ja}）", $"{Messages.En(_component)} ({en})") };

    /// <summary>The part's text, or null when blank (adding "required" if so) or invalid.</summary>
    public string? Text(string key, FormComponent part, bool required, int maxLength)
    {
        var raw = _raw[key];
        if (RawText.IsBlank(raw))
        {
            if (required)
            {
                Issues.Add(new FieldIssue("required", Messages.Required(part), key));
            }
            return null;
        }
        if (!RawText.TryGet(raw, part, out var text, out var failure, key))
        {
            Issues.AddRange(failure!.Issues);
            return null;
        }
        var issue = TextChecks.Check(text, part, multiline: false, null, maxLength, key);
        if (issue is not null)
        {
            Issues.Add(issue);
            return null;
        }
        return text;
    }

    public void Fail(string key, string code, LocalizedText message) => Issues.Add(new FieldIssue(code, message, key));

    public FieldResult Result(JsonObject value) => Issues.Count == 0 ? FieldResult.Ok(value) : FieldResult.Fail(Issues);
}
