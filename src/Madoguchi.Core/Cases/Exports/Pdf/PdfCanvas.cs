using System.Text;

using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Pdf;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// Draws pages with PDFsharp, including what PDFsharp 6.2.4 cannot draw by itself: the glyph of a
/// variation sequence (looked up in cmap format 14 by <see cref="TextShaper"/>) is forced through
/// PDFsharp's render-text event, and every such glyph, every character outside the BMP and every
/// 〓 stand-in is wrapped in an ActualText span so copying and searching give the real characters.
/// </summary>
internal sealed class PdfCanvas
{
    private readonly PdfDocument document;
    private readonly Dictionary<(string, double), XFont> fonts = [];
    private readonly Dictionary<(string, ushort), int> privateKeys = [];
    private PdfPage? page;
    private XGraphics? graphics;
    private (int Key, ushort Glyph)? forced;

    public PdfCanvas(PdfDocument document)
    {
        this.document = document;
        document.RenderEvents.RenderTextEvent += ForceGlyph;
    }

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page is open.");

    public void NewPage()
    {
        Close();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
    }

    public void Close()
    {
        graphics?.Dispose();
        graphics = null;
    }

    public void Draw(PageOp op)
    {
        switch (op)
        {
            case TextOp t:
                Text(t);
                break;
            case BoxOp b:
                var pen = b.Stroke is { } stroke ? new XPen(stroke, b.StrokeWidth) : null;
                var brush = b.Fill is { } fill ? new XSolidBrush(fill) : null;
                if (pen is not null && brush is not null)
                {
                    Graphics.DrawRectangle(pen, brush, b.Box);
                }
                else if (pen is not null)
                {
                    Graphics.DrawRectangle(pen, b.Box);
                }
                else if (brush is not null)
                {
                    Graphics.DrawRectangle(brush, b.Box);
                }
                break;
            case CircleOp c:
                Graphics.DrawEllipse(new XPen(c.Stroke, c.StrokeWidth), c.Bounds);
                break;
        }
    }

    private void Text(TextOp t)
    {
        var brush = new XSolidBrush(t.Color);
        var run = new StringBuilder();
        FontFile? runFont = null;
        var runX = t.X;
        var x = t.X;
        foreach (var glyph in t.Line.Glyphs)
        {
            if (glyph.IsSpecial || glyph.Font != runFont)
            {
                Flush();
                runFont = glyph.Font;
                runX = x;
            }
            if (glyph.IsSpecial)
            {
                Special(glyph, x, t.Baseline, t.Size, brush);
                runFont = null;
            }
            else
            {
                run.Append(glyph.Draw);
            }
            x += glyph.Width;
        }
        Flush();

        void Flush()
        {
            if (run.Length > 0 && runFont is not null)
            {
                Graphics.DrawString(run.ToString(), Font(runFont, t.Size), brush, runX, t.Baseline);
            }
            run.Clear();
        }
    }

    /// <summary>
    /// One glyph inside "/Span &lt;&lt;/ActualText …&gt;&gt; BDC … EMC". PDFsharp writes no marked content of
    /// its own, so the span goes in content streams of its own around a graphics context of its own.
    /// The text state (font and size) is set around it too: PDF readers place the actual text with it,
    /// and without it the characters would fall out of their line when text is extracted.
    /// </summary>
    private void Special(PlacedGlyph glyph, double x, double baseline, double size, XBrush brush)
    {
        var current = page!;
        Close();
        var state = TextState(current, size);
        Raw(current, $"{state}/Span <</ActualText {Utf16Hex(glyph.ActualText!)}>> BDC\n");
        graphics = XGraphics.FromPdfPage(current, XGraphicsPdfPageOptions.Append);
        forced = glyph.ForcedGlyph is { } id ? (PrivateKey(glyph.Font, id), id) : null;
        Graphics.DrawString(glyph.Draw, Font(glyph.Font, size), brush, x, baseline);
        forced = null;
        Close();
        Raw(current, $"{state}EMC\n");
        graphics = XGraphics.FromPdfPage(current, XGraphicsPdfPageOptions.Append);
    }

    /// <summary>
    /// PDFsharp keys the glyphs it embeds by character, one glyph per character and font, so a
    /// variant glyph (葛󠄀) would be dropped where the plain 葛 was drawn before. Each variant glyph
    /// gets a private-use code of its own instead; its ActualText carries the real characters.
    /// </summary>
    private int PrivateKey(FontFile font, ushort glyph)
    {
        if (!privateKeys.TryGetValue((font.Path, glyph), out var key))
        {
            var n = privateKeys.Count;
            key = n < 0x1900 ? 0xE000 + n : 0xF0000 + (n - 0x1900);
            privateKeys[(font.Path, glyph)] = key;
        }
        return key;
    }

    private void ForceGlyph(object sender, RenderTextEventArgs e)
    {
        if (forced is { } f && e.CodePointGlyphIndexPairs.Length == 1)
        {
            e.CodePointGlyphIndexPairs[0].CodePoint = f.Key;
            e.CodePointGlyphIndexPairs[0].GlyphIndex = f.Glyph;
        }
    }

    /// <summary>"/F0 9.5 Tf " with a font the page already uses (every page draws its footer first).</summary>
    private static string TextState(PdfPage page, double size)
    {
        var name = page.Resources.Elements.GetDictionary("/Font")?.Elements.Keys.FirstOrDefault();
        return name is null ? "" : $"{name} {size.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} Tf ";
    }

    private static void Raw(PdfPage page, string content) =>
        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(content));

    private static string Utf16Hex(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private XFont Font(FontFile font, double size)
    {
        if (!fonts.TryGetValue((font.Path, size), out var xfont))
        {
            // Always Unicode (Type 0): a WinAnsi subset would embed the same big font a second time.
            xfont = new XFont(font.Path, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            fonts[(font.Path, size)] = xfont;
        }
        return xfont;
    }
}
