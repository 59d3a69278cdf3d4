using Madoguchi.Core.Cases.Exports.Pdf;

using Microsoft.Extensions.Options;

using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Madoguchi.Core.Tests.Cases.Exports;

public sealed class CaseSheetPdfTests
{
    private static readonly Lazy<SheetFonts> Fonts = new(() => new PdfFonts(Options.Create(new PdfFontOptions())).Get());

    private static CaseSheet Sheet(string name, IReadOnlyList<SheetSection>? answers = null, IReadOnlyList<Stamp>? stamps = null) => new()
    {
        ProcedureTitle = "犬の登録",
        ReceiptNumber = "K7Q-4MX-93P",
        DepartmentName = "環境政策課",
        Summary = [new("申請者", name), new("状況", "受付")],
        Answers = answers ?? [new SheetSection("飼い主の情報", [new("飼い主の氏名", name), new("電話番号", "080-1111-2222")])],
        Attachments = [new SheetAttachment("photo.jpg", "image/jpeg", 2048)],
        Record = new CaseRecord([new HistoryLine(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero), "受付", "申請者", null)], stamps ?? [new Stamp("起案"), new Stamp("係長"), new Stamp("課長")]),
        PrintedAt = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero),
        PrintedBy = "環境政策課 担当（デモ）",
    };

    [Fact]
    public void The_text_of_the_sheet_can_be_read_back_including_characters_beyond_the_common_fonts()
    {
        var pdf = CaseSheetPdf.Render(Sheet("𠮷田 葛\U000E0100子"), Fonts.Value);

        var text = Poppler.Text(pdf);
        Assert.Contains("K7Q-4MX-93P", text, StringComparison.Ordinal);
        Assert.Contains("犬の登録", text, StringComparison.Ordinal);
        // ActualText keeps the exact characters, the variation selector included, on their line.
        Assert.Contains("𠮷田 葛\U000E0100子", text, StringComparison.Ordinal);
        Assert.Contains("飼い主の氏名", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_is_embedded_and_the_fallback_font_is_used_only_when_needed()
    {
        var plain = Poppler.Fonts(CaseSheetPdf.Render(Sheet("山田 太郎"), Fonts.Value));
        var rare = Poppler.Fonts(CaseSheetPdf.Render(Sheet("𠮷田 太郎"), Fonts.Value));

        foreach (var fonts in (string[])[plain, rare])
        {
            var rows = fonts.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.NotEmpty(rows);
            // Columns: name type encoding emb sub uni; every font embedded as a subset with a ToUnicode map.
            Assert.All(rows, r => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", r));
        }
        Assert.DoesNotContain("IPAmjMincho", plain, StringComparison.Ordinal);
        Assert.Contains("IPAmjMincho", rare, StringComparison.Ordinal);
        Assert.Contains("IPAexMincho", rare, StringComparison.Ordinal);
        Assert.Contains("IPAexGothic", rare, StringComparison.Ordinal);
    }

    /// <summary>One character drawn 150 pt high on an empty page, rendered at 72 dpi.</summary>
    private static byte[] Glyph(string character)
    {
        using var document = new PdfDocument();
        var canvas = new PdfCanvas(document);
        canvas.NewPage();
        var shaper = new TextShaper(Fonts.Value.Mincho, Fonts.Value.Fallback);
        // A plain character first, so the page has a font to set the text state with (as the footer does).
        canvas.Draw(new TextOp(TextLayout.Wrap(shaper, "山", 10, 100)[0], 10, 20, 10, XColors.Black));
        canvas.Draw(new TextOp(TextLayout.Wrap(shaper, character, 150, 500)[0], 100, 300, 150, XColors.Black));
        canvas.Close();
        using var stream = new MemoryStream();
        document.Save(stream);
        return Poppler.Render(stream.ToArray(), 72).Pixels;
    }

    [Fact]
    public void A_variation_sequence_prints_its_own_glyph_not_the_usual_one_and_not_a_box()
    {
        var usual = Glyph("葛");
        var variant = Glyph("葛\U000E0100");          // Adobe-Japan1 sequence, in IPAex
        var mojiJoho = Glyph("葛\U000E0103");         // 文字情報基盤 sequence, only in IPAmj
        var byDefault = Glyph("葛\U000E0101");        // the usual glyph, named
        var unknown = Glyph("葛\U000E01EF");          // no font lists it: the usual glyph is the closest

        Assert.NotEqual(usual, variant);
        Assert.NotEqual(usual, mojiJoho);
        Assert.Equal(usual, byDefault);
        Assert.Equal(usual, unknown);
        // A full kanji, not an empty box: about as much ink as the usual glyph.
        var ink = Poppler.Ink(usual);
        Assert.InRange(Poppler.Ink(variant), ink * 0.7, ink * 1.3);
        Assert.InRange(Poppler.Ink(mojiJoho), ink * 0.7, ink * 1.3);
    }

    [Fact]
    public void A_character_the_main_font_lacks_prints_from_the_fallback_font_and_one_no_font_has_prints_as_a_geta_mark()
    {
        var tsuchiYoshi = Glyph("𠮷");
        var yoshi = Glyph("吉");
        var nowhere = Glyph("\U0002FFFD");   // unassigned: no font has it
        var geta = Glyph("〓");

        Assert.NotEqual(yoshi, tsuchiYoshi);
        Assert.InRange(Poppler.Ink(tsuchiYoshi), Poppler.Ink(yoshi) * 0.7, Poppler.Ink(yoshi) * 1.3);
        Assert.Equal(geta, nowhere);
    }

    [Fact]
    public void The_same_base_character_plain_and_as_a_variant_on_one_page_both_print_and_both_read_back()
    {
        var pdf = CaseSheetPdf.Render(Sheet("葛西 葛\U000E0100城 葛\U000E0103飾"), Fonts.Value);

        var text = Poppler.Text(pdf);

        Assert.Contains("葛西 葛\U000E0100城 葛\U000E0103飾", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_answer_continues_on_the_next_pages_and_every_page_has_the_receipt_number_and_its_number()
    {
        var paragraph = string.Concat(Enumerable.Range(1, 400).Select(i => $"第{i}項、申請の内容を確認しました。"));
        var pdf = CaseSheetPdf.Render(Sheet("山田 太郎", [new SheetSection("詳細", [new("内容", paragraph)])]), Fonts.Value);

        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(Poppler.Info(pdf), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var text = Poppler.Text(pdf);

        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Matches($@"{pages}\s*/\s*{pages}", text);
        Assert.Equal(pages, System.Text.RegularExpressions.Regex.Count(text, "受付番号 K7Q-4MX-93P"));
        Assert.Contains("第400項、申請の内容を確認しました。", text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_stamps_show_role_name_and_date()
    {
        var at = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
        var pdf = CaseSheetPdf.Render(Sheet("山田 太郎", stamps: [new Stamp("起案", "窓口 花子", at), new Stamp("係長", "係長 一郎", at), new Stamp("課長")]), Fonts.Value);

        var text = Poppler.Text(pdf);

        Assert.Contains("起案", text, StringComparison.Ordinal);
        Assert.Contains("窓口", text, StringComparison.Ordinal);
        Assert.Contains("2026/11/20", text, StringComparison.Ordinal);
        Assert.Contains("課長", text, StringComparison.Ordinal);
    }
}
