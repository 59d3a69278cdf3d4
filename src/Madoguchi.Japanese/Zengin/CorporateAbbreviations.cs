namespace Madoguchi.Japanese.Zengin;

/// <summary>
/// 法人略語 used in 全銀 口座名義 (as listed in banks' 振込受取人名 guidance derived from the 全銀協 format):
/// a form at the start becomes "ｶ)…", at the end "…(ｶ", in the middle "…(ｶ)…". Abbreviations are kept in full-width
/// katakana here and narrowed with the rest of the name. Keys are the kanji form and the
/// katakana reading; longer keys are tried first so 一般社団法人 wins over 社団法人.
/// </summary>
internal static class CorporateAbbreviations
{
    public static readonly IReadOnlyList<(string Form, string Abbreviation)> Table = Build()
        .OrderByDescending(e => e.Form.Length)
        .ToArray();

    private static IEnumerable<(string Form, string Abbreviation)> Build()
    {
        (string Kanji, string[] Readings, string Abbreviation)[] forms =
        [
            ("株式会社", ["カブシキガイシャ", "カブシキカイシャ"], "カ"),
            ("有限会社", ["ユウゲンガイシャ", "ユウゲンカイシャ"], "ユ"),
            ("合名会社", ["ゴウメイガイシャ", "ゴウメイカイシャ"], "メ"),
            ("合資会社", ["ゴウシガイシャ", "ゴウシカイシャ"], "シ"),
            ("合同会社", ["ゴウドウガイシャ", "ゴウドウカイシャ"], "ド"),
            ("医療法人社団", ["イリョウホウジンシャダン"], "イ"),
            ("医療法人財団", ["イリョウホウジンザイダン"], "イ"),
            ("医療法人", ["イリョウホウジン"], "イ"),
            ("一般社団法人", ["イッパンシャダンホウジン"], "シヤ"),
            ("公益社団法人", ["コウエキシャダンホウジン"], "シヤ"),
            ("社団法人", ["シャダンホウジン"], "シヤ"),
            ("一般財団法人", ["イッパンザイダンホウジン"], "ザイ"),
            ("公益財団法人", ["コウエキザイダンホウジン"], "ザイ"),
            ("財団法人", ["ザイダンホウジン"], "ザイ"),
            ("社会福祉法人", ["シャカイフクシホウジン"], "フク"),
            ("学校法人", ["ガッコウホウジン"], "ガク"),
            ("特定非営利活動法人", ["トクテイヒエイリカツドウホウジン"], "トクヒ"),
            ("宗教法人", ["シュウキョウホウジン"], "シユウ"),
            ("㈱", [], "カ"),
            ("㈲", [], "ユ"),
        ];
        foreach ((string kanji, string[] readings, string abbreviation) in forms)
        {
            yield return (kanji, abbreviation);
            foreach (string reading in readings)
            {
                yield return (reading, abbreviation);
            }
        }
    }

    /// <summary>Replaces the first corporate form found; the text is katakana (or kanji forms) at this point.</summary>
    public static string Apply(string text)
    {
        foreach ((string form, string abbreviation) in Table)
        {
            int at = text.IndexOf(form, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string before = text[..at].TrimEnd(' ', '\u3000');
            string after = text[(at + form.Length)..].TrimStart(' ', '\u3000');
            return (before.Length, after.Length) switch
            {
                (0, _) => abbreviation + ")" + after,
                (_, 0) => before + "(" + abbreviation,
                _ => before + "(" + abbreviation + ")" + after,
            };
        }

        return text;
    }
}
