using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>Error messages in Japanese and English, each naming the field as the resident sees it.</summary>
public static class Messages
{
    public static LocalizedText Label(FormComponent c) => c.Label ?? new LocalizedText(c.Key);

    public static string Ja(FormComponent c) => Label(c).Ja;

    public static string En(FormComponent c) => Label(c).En ?? Label(c).Ja;

    public static LocalizedText Of(string ja, string en) => new(ja, en);

    public static LocalizedText Required(FormComponent c) => Of($"{Ja(c)}を入力してください", $"Enter {En(c)}");

    public static LocalizedText Select(FormComponent c) => Of($"{Ja(c)}を選択してください", $"Select {En(c)}");

    public static LocalizedText InvalidType(FormComponent c) =>
        Of($"{Ja(c)}の形式が正しくありません", $"{En(c)} is not in the expected format");

    public static LocalizedText TooLong(FormComponent c, int max) =>
        Of($"{Ja(c)}は{max}文字以内で入力してください", $"{En(c)} must be {max} characters or fewer");

    public static LocalizedText TooShort(FormComponent c, int min) =>
        Of($"{Ja(c)}は{min}文字以上で入力してください", $"{En(c)} must be at least {min} characters");
}
