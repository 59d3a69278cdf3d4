namespace Madoguchi.Japanese.Zengin;

/// <summary>
/// 法人略語 used in 全銀 口座名義 (as listed in banks' 振込受取人名 guidance derived from the 全銀協 format):
/// a form at the start becomes "ｶ)…", at the end "…(ｶ", in the middle "…(ｶ)…". Keys are the kanji form and the
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
            ("株式会社", ["カブシキガイシャ", "カブシキカイシャ"], "ｶ"),
            ("有限会社", ["ユウゲンガイシャ", "ユウゲンカイシャ"], "ﾕ"),
            ("合名会社", ["ゴウメイガイシャ", "ゴウメイカイシャ"], "ﾒ"),
            ("合資会社", ["ゴウシガイシャ", "ゴウシカイシャ"], "ｼ"),
            ("合同会社", ["ゴウドウガイシャ", "ゴウドウカイシャ"], "ﾄﾞ"),
            ("医療法人社団", ["イリョウホウジンシャダン"], "ｲ"),
            ("医療法人財団", ["イリョウホウジンザイダン"], "ｲ"),
            ("医療法人", ["イリョウホウジン"], "ｲ"),
            ("一般社団法人", ["イッパンシャダンホウジン"], "ｼﾔ"),
            ("公益社団法人", ["コウエキシャダンホウジン"], "ｼﾔ"),
            ("社団法人", ["シャダンホウジン"], "ｼﾔ"),
            ("一般財団法人", ["イッパンザイダンホウジン"], "ｻﾞｲ"),
            ("公益財団法人", ["コウエキザイダンホウジン"], "ｻﾞｲ"),
            ("財団法人", ["ザイダンホウジン"], "ｻﾞｲ"),
            ("社会福祉法人", ["シャカイフクシホウジン"], "ﾌｸ"),
            ("学校法人", ["ガッコウホウジン"], "ｶﾞｸ"),
            ("特定非営利活動法人", ["トクテイヒエイリカツドウホウジン"], "ﾄｸﾋ"),
            ("宗教法人", ["シュウキョウホウジン"], "ｼﾕｳ"),
            ("㈱", [], "ｶ"),
            ("㈲", [], "ﾕ"),
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