using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese.Kana;

namespace Madoguchi.Forms.Fields;

/// <summary>A mail address in the WHATWG "valid e-mail address" shape; full-width input is folded.</summary>
public sealed partial class EmailField : FieldType
{
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();

    public override string Name => "email";

    public override FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context)
    {
        if (RawText.IsBlank(raw))
        {
            return FieldResult.Empty;
        }
        if (!RawText.TryGet(raw, component, out var text, out var failure))
        {
            return failure!;
        }
        var email = Width.FullWidthAsciiToHalfWidth(text).Trim();
        return email.Length <= 254 && Pattern().IsMatch(email)
            ? FieldResult.Ok(JsonValue.Create(email))
            : FieldResult.Fail("invalid_email", Messages.Of($"{Messages.Ja(component)}はメールアドレスの形式（例：taro@example.jp）で入力してください", $"Enter {Messages.En(component)} as an email address, like taro@example.jp"));
    }
}
