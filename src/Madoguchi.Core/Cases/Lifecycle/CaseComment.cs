using Madoguchi.Japanese;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Core.Cases.Lifecycle;

/// <summary>The comment or reason typed with a case action: kept as typed, line breaks allowed, nothing that disguises text.</summary>
public static class CaseComment
{
    public const int MaxLength = 2000;

    public static readonly Message Required = new("理由・コメントを入力してください。", "Enter a reason or comment.");

    /// <summary>The comment to store (null when left empty and optional), or why it cannot be.</summary>
    public static (string? Text, Message? Problem) Read(string? typed, bool required)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return required ? (null, Required) : (null, null);
        }
        var checkedText = StoredText.Validate(typed, MaxLength, allowLineBreaks: true);
        return checkedText.IsValid ? (checkedText.Value, null) : (null, checkedText.Error);
    }
}
