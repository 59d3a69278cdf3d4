using System.Globalization;

using Madoguchi.Core.Submissions;

using PdfSharp.Drawing;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// Lays a <see cref="CaseSheet"/> out on A4 pages: title and 決裁欄, summary, answers, attachments,
/// history. Tables break between rows, and a row taller than the rest of a page continues on the next.
/// </summary>
internal sealed class CaseSheetLayout
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    private const double Margin = 42;
    private const double Bottom = PageHeight - 56;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double Body = 9.5;
    private const double Pad = 4;

    private static readonly XColor Ink = XColors.Black;
    private static readonly XColor Rule = XColor.FromArgb(0x70, 0x70, 0x70);
    private static readonly XColor Shade = XColor.FromArgb(0xEE, 0xEE, 0xEE);
    private static readonly XColor Seal = XColor.FromArgb(0xC0, 0x00, 0x00);

    private readonly TextShaper mincho;
    private readonly TextShaper gothic;
    private readonly List<List<PageOp>> pages = [];
    private double y;

    public CaseSheetLayout(SheetFonts fonts)
    {
        mincho = new TextShaper(fonts.Mincho, fonts.Fallback);
        gothic = new TextShaper(fonts.Gothic, fonts.Fallback);
    }

    private List<PageOp> Page => pages[^1];

    public List<List<PageOp>> Lay(CaseSheet sheet)
    {
        NewPage();
        Header(sheet);
        Table([110, ContentWidth - 110], [.. sheet.Summary.Select(f => new[] { f.Label, f.Value })], header: null);

        Heading("申請内容", 12);
        foreach (var section in sheet.Answers)
        {
            Heading(section.Title, 10.5);
            Table([150, ContentWidth - 150], [.. section.Fields.Select(f => new[] { Indent(f.Depth) + f.Label, f.Value })], header: null);
        }

        Heading("添付ファイル", 12);
        if (sheet.Attachments.Count == 0)
        {
            Paragraph("添付ファイルはありません。");
        }
        else
        {
            Table([ContentWidth - 190, 120, 70],
                [.. sheet.Attachments.Select(a => new[] { a.FileName, a.ContentType, Size(a.Length) })],
                header: ["ファイル名", "種類", "大きさ"]);
        }

        Heading("経過", 12);
        Table([100, 170, 105, ContentWidth - 375],
            [.. sheet.Record.History.Select(h => new[] { Time(h.At), h.What, h.Who, h.Comment ?? "" })],
            header: ["日時", "内容", "担当", "理由・コメント"]);
        return pages;
    }

    /// <summary>The footer every page carries, drawn first on the page (see <see cref="PdfCanvas"/>).</summary>
    public List<PageOp> Footer(CaseSheet sheet, int number, int count)
    {
        var left = $"受付番号 {sheet.ReceiptNumber}　出力 {Time(sheet.PrintedAt)}（{sheet.PrintedBy}）";
        var right = $"{number} / {count}";
        var baseline = PageHeight - 30;
        var rightLine = Line(mincho, right, 8, 80);
        return
        [
            new TextOp(Line(mincho, left, 8, ContentWidth - 90), Margin, baseline, 8, Ink),
            new TextOp(rightLine, PageWidth - Margin - rightLine.Width, baseline, 8, Ink),
        ];
    }

    private void NewPage()
    {
        pages.Add([]);
        y = Margin;
    }

    private void Header(CaseSheet sheet)
    {
        var stampsWidth = Stamps(sheet.Record.Stamps);
        var width = ContentWidth - stampsWidth - 12;
        var top = y;
        Lines(gothic, "申請書（控）　" + sheet.DepartmentName, 9, width, Margin);
        y += 4;
        Lines(gothic, sheet.ProcedureTitle, 16, width, Margin);
        y += 4;
        Lines(gothic, "受付番号　" + sheet.ReceiptNumber, 12, width, Margin);
        y = Math.Max(y, top + StampHeight) + 12;
    }

    private const double StampWidth = 56;
    private const double StampHeight = 16 + 66;

    /// <summary>The 決裁欄 at the top right, one box per step: heading above, seal (name in a red circle), note and date below.</summary>
    private double Stamps(IReadOnlyList<Stamp> stamps)
    {
        var count = Math.Min(stamps.Count, 6);
        var left = PageWidth - Margin - (count * StampWidth);
        for (var i = 0; i < count; i++)
        {
            var s = stamps[i];
            var x = left + (i * StampWidth);
            Page.Add(new BoxOp(new XRect(x, y, StampWidth, 16), Shade, Rule));
            Page.Add(new BoxOp(new XRect(x, y + 16, StampWidth, 66), null, Rule));
            Centered(gothic, s.Heading, 8, x, StampWidth, y + 11.5, Ink);
            if (s.Name is { } name)
            {
                Page.Add(new CircleOp(new XRect(x + 7, y + 19, 42, 42), Seal, 1));
                var lines = TextLayout.Wrap(mincho, name, 6.5, 34).Take(3).ToList();
                var baseline = y + 40 - (lines.Count * 8 / 2) + 6;
                foreach (var line in lines)
                {
                    Page.Add(new TextOp(line, x + ((StampWidth - line.Width) / 2), baseline, 6.5, Seal));
                    baseline += 8;
                }
            }
            if (s.Note is { } note)
            {
                Centered(mincho, note, 6.5, x, StampWidth, s.Name is null ? y + 50 : y + 69, Ink);
            }
            if (s.At is { } at)
            {
                Centered(mincho, JapanDate.ToJapan(at).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), 6.5, x, StampWidth, y + 78, Ink);
            }
        }
        return count * StampWidth;
    }

    private void Heading(string text, double size)
    {
        // Keep a heading with at least a few lines of what follows.
        if (y + (size * 1.6) + (Body * 4) > Bottom)
        {
            NewPage();
        }
        y += size * 0.6;
        Lines(gothic, text, size, ContentWidth, Margin);
        y += 3;
    }

    private void Paragraph(string text) => Lines(mincho, text, Body, ContentWidth, Margin);

    private void Lines(TextShaper shaper, string text, double size, double width, double x)
    {
        foreach (var line in TextLayout.Wrap(shaper, text, size, width))
        {
            if (y + (size * 1.5) > Bottom)
            {
                NewPage();
            }
            Page.Add(new TextOp(line, x, y + size, size, Ink));
            y += size * 1.5;
        }
    }

    private void Centered(TextShaper shaper, string text, double size, double x, double width, double baseline, XColor color)
    {
        var line = Line(shaper, text, size, width - 2);
        Page.Add(new TextOp(line, x + ((width - line.Width) / 2), baseline, size, color));
    }

    private static TextLine Line(TextShaper shaper, string text, double size, double width) =>
        TextLayout.Wrap(shaper, text, size, width)[0];

    /// <summary>
    /// A ruled table. The first column is shaded (labels) unless the table has a header row.
    /// Rows break across pages line by line when they do not fit.
    /// </summary>
    private void Table(double[] widths, IReadOnlyList<string[]> rows, string[]? header)
    {
        const double lineHeight = Body * 1.45;
        if (header is not null)
        {
            Row(widths, header, lineHeight, gothic, shadeAll: true);
        }
        foreach (var row in rows)
        {
            Row(widths, row, lineHeight, mincho, shadeAll: false, shadeFirst: header is null);
        }
    }

    private void Row(double[] widths, string[] cells, double lineHeight, TextShaper shaper, bool shadeAll, bool shadeFirst = false)
    {
        var wrapped = cells.Select((c, i) => TextLayout.Wrap(i == 0 && shadeFirst ? gothic : shaper, c, Body, widths[i] - (2 * Pad))).ToArray();
        var done = new int[cells.Length];
        while (true)
        {
            var remaining = wrapped.Select((w, i) => w.Count - done[i]).Max();
            var room = (int)Math.Floor((Bottom - y - (2 * Pad)) / lineHeight);
            var fitsOnFreshPage = (remaining * lineHeight) + (2 * Pad) <= Bottom - Margin;
            if (room < Math.Max(1, remaining) && (fitsOnFreshPage || room < 1))
            {
                NewPage();
                continue;
            }
            var take = Math.Min(remaining, room);
            var height = (Math.Max(1, take) * lineHeight) + (2 * Pad);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var shade = shadeAll || (shadeFirst && i == 0);
                Page.Add(new BoxOp(new XRect(x, y, widths[i], height), shade ? Shade : null, Rule));
                var baseline = y + Pad + Body;
                foreach (var line in wrapped[i].Skip(done[i]).Take(take))
                {
                    Page.Add(new TextOp(line, x + Pad, baseline, Body, Ink));
                    baseline += lineHeight;
                }
                done[i] = Math.Min(wrapped[i].Count, done[i] + take);
                x += widths[i];
            }
            y += height;
            if (wrapped.Select((w, i) => w.Count - done[i]).Max() <= 0)
            {
                return;
            }
            NewPage();
        }
    }

    private static string Indent(int depth) => new('　', Math.Min(depth, 4));

    private static string Time(DateTimeOffset at) => JapanDate.ToJapan(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes < 1024
        ? $"{bytes} B"
        : $"{((bytes + 1023) / 1024).ToString("#,0", CultureInfo.InvariantCulture)} KB";
}
