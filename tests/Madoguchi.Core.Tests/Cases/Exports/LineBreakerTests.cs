using FsCheck;
using FsCheck.Fluent;

using Madoguchi.Core.Cases.Exports.Pdf;

namespace Madoguchi.Core.Tests.Cases.Exports;

public sealed class LineBreakerTests
{
    /// <summary>Every character one unit wide, so a width of n is n characters.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var clusters = LineBreaker.Clusters(text);
        return [.. LineBreaker.Lines(clusters, _ => 1, width).Select(l => string.Concat(clusters.Skip(l.Start).Take(l.Count)))];
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_it_goes_down_with_the_character_before_it() =>
        Assert.Equal(["山田太郎", "様。"], Wrap("山田太郎様。", 5));

    [Fact]
    public void A_comma_and_a_closing_bracket_stay_with_what_they_close()
    {
        var lines = Wrap("書類「住民票」、印鑑（実印）。", 5);

        Assert.All(lines, l => Assert.DoesNotMatch("^[、。」）]", l));
        Assert.Equal("書類「住民票」、印鑑（実印）。", string.Concat(lines));
    }

    [Fact]
    public void An_opening_bracket_never_ends_a_line() =>
        Assert.All(Wrap("氏名「山田太郎」と記入", 3), l => Assert.DoesNotMatch("[「（]$", l));

    [Fact]
    public void A_run_of_kana_is_not_broken_inside() =>
        // The katakana word (with its particle) moves down whole instead of leaving マイナン behind.
        Assert.Equal(["課税", "マイナンバーカードの", "写し"], Wrap("課税マイナンバーカードの写し", 10));

    [Fact]
    public void A_receipt_number_or_an_address_in_latin_letters_stays_on_one_line() =>
        Assert.Contains("K7Q-4MX-93P", Wrap("受付番号はK7Q-4MX-93Pです", 12));

    [Fact]
    public void A_small_kana_or_long_vowel_mark_never_starts_a_line() =>
        Assert.Equal(["漢字", "ちょっと", "コーヒー", "をどうぞ"], Wrap("漢字ちょっとコーヒーをどうぞ", 5));

    [Fact]
    public void Spaces_hang_at_the_end_of_a_line_rather_than_start_the_next() =>
        Assert.All(Wrap("山田 太郎 花子 次郎", 3), l => Assert.False(l.StartsWith(' ')));

    [Fact]
    public void A_word_wider_than_the_line_is_cut_so_nothing_is_lost() =>
        Assert.Equal(["abcd", "efgh", "ij"], Wrap("abcdefghij", 4));

    [Fact]
    public void A_variation_sequence_or_a_surrogate_pair_is_never_split() =>
        Assert.Equal(["葛\U000E0100", "𠮷"], Wrap("葛\U000E0100𠮷", 1));

    [Fact]
    public void An_empty_paragraph_is_one_empty_line() => Assert.Equal([""], Wrap("", 10));

    private static readonly string[] Pieces =
        ["申請", "します", "。", "、", "「", "」", "（", "）", "マイナンバー", "カード", "K7Q-4MX", " ", "ー", "っ", "𠮷", "葛\U000E0100", "abc", "123"];

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Lines_keep_every_character_fit_and_break_only_at_opportunities_unless_a_word_is_wider_than_the_line() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(),
            Gen.Choose(2, 12).ToArbitrary(),
            (text, width) =>
            {
                var all = LineBreaker.Clusters(text);
                var lines = LineBreaker.Lines(all, _ => 1, width);
                var ok = string.Concat(lines.Select(l => string.Concat(all.Skip(l.Start).Take(l.Count)))) == text;
                foreach (var (start, count) in lines)
                {
                    // Spaces hang past the end of a line; everything else fits.
                    ok &= all.Skip(start).Take(count).Reverse().SkipWhile(c => c == " ").Count() <= width;
                    if (start > 0 && !LineBreaker.CanBreakBetween(all[start - 1], all[start]))
                    {
                        // Breaking there (before 。, after 「, inside a word) is allowed only because the
                        // unbreakable run around it could not fit on any line.
                        var from = start - 1;
                        while (from > 0 && !LineBreaker.CanBreakBetween(all[from - 1], all[from]))
                        {
                            from--;
                        }
                        var to = start + 1;
                        while (to < all.Count && !LineBreaker.CanBreakBetween(all[to - 1], all[to]))
                        {
                            to++;
                        }
                        ok &= all.Skip(from).Take(to - from).Reverse().SkipWhile(c => c == " ").Count() > width;
                    }
                }
                return ok;
            });
}
