using FsCheck;
using FsCheck.Fluent;

namespace Madoguchi.Japanese.Tests;

public sealed record JapaneseText(string Value)
{
    public override string ToString() => Value;
}

public sealed record HiraganaText(string Value)
{
    public override string ToString() => Value;
}

public sealed record KanaInput(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Any sequence of UTF-16 code units, including lone surrogates and controls.</summary>
public sealed record RawUtf16(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Generators for the text that reaches the Japanese rules: realistic pieces and hostile code units.</summary>
public static class TextGenerators
{
    private static readonly string[] Pieces =
    [
        "あ", "が", "ぱ", "ゃ", "っ", "ゔ", "ア", "ガ", "パ", "ャ", "ッ", "ヴ", "ヵ", "ヶ", "ヷ", "ー", "・",
        "ｱ", "ｶﾞ", "ﾊﾟ", "ｬ", "ｯ", "ｰ", "ﾞ", "ﾟ", "ｳﾞ",
        "Ａ", "ｚ", "１", "－", "（", "　", " ", "a", "Z", "0", "-", "~", "〜", "‐", "―", "−",
        "山", "田", "髙", "﨑", "\uFA19", "神\U000E0100", "葛\U000E0101", "辻\uFE00", "㈱", "㍻", "①",
        "é", "e\u0301", "👨‍👩‍👧", "🇯🇵", "İ", "ß", "ﬁ",
    ];

    public static Arbitrary<JapaneseText> Japanese() =>
        Gen.Elements(Pieces).ArrayOf().Select(p => new JapaneseText(string.Concat(p))).ToArbitrary();

    public static Arbitrary<HiraganaText> Hiragana() =>
        Gen.Choose(0x3041, 0x3096).Select(c => (char)c).ArrayOf().Select(a => new HiraganaText(new string(a))).ToArbitrary();

    public static Arbitrary<KanaInput> Kana() =>
        Gen.Elements(Pieces.Take(26).Append("　").ToArray()).NonEmptyListOf().Select(p => new KanaInput(string.Concat(p))).ToArbitrary();

    public static Arbitrary<RawUtf16> Raw() =>
        Gen.Frequency(
                (3, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
                (1, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c)),
                (1, Gen.Choose(0, 0x1F).Select(c => (char)c)),
                (2, Gen.Elements(string.Concat(Pieces).ToCharArray())))
            .ArrayOf()
            .Select(a => new RawUtf16(new string(a)))
            .ToArbitrary();
}
