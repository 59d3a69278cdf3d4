using System.Text.Json;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;
using Madoguchi.Forms.Expressions;

namespace Madoguchi.Forms.Validation;

/// <summary>
/// Answers parsed from JSON text with an unpaired surrogate escape in a property name make
/// System.Text.Json throw when the object is first read. Such answers are rejected as a whole.
/// </summary>
internal static class UnreadableText
{
    public static FormValidationResult Result => new(
        [new FieldError("", "invalid_json", new LocalizedText("送信された内容に読み取れない文字が含まれています", "The answers contain characters that cannot be read"))],
        [],
        null);

    public static bool In(JsonObject answers)
    {
        try
        {
            using var document = JsonDocument.Parse(answers.ToJsonString());
            return JsonText.FirstUnreadable(document.RootElement) is not null;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
