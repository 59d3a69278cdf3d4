using System.Text;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// One glyph to draw. <see cref="Draw"/> is what PDFsharp is given; a glyph that PDFsharp cannot
/// find by itself (a variation sequence's own glyph) carries its id in <see cref="ForcedGlyph"/>.
/// <see cref="ActualText"/> is what a reader copies or a search finds (PDF 14.9.4): set for
/// characters outside the BMP, variation sequences and stand-ins, whose text PDFsharp would lose.
/// </summary>
public sealed record PlacedGlyph(FontFile Font, string Draw, double Width, ushort? ForcedGlyph, string? ActualText)
{
    public bool IsSpecial => ActualText is not null;
}

/// <summary>Text turned into glyphs, a font per character: the main font, else the fallback, else 〓.</summary>
public sealed class TextShaper(FontFile main, FontFile fallback)
{
    /// <summary>〓: drawn for a character no configured font has, never an empty box.</summary>
    public const int StandIn = 0x3013;

    /// <summary>The glyphs of one cluster (a text element) at <paramref name="size"/> points.</summary>
    public List<PlacedGlyph> Shape(string cluster, double size)
    {
        var glyphs = new List<PlacedGlyph>(1);
        var runes = cluster.EnumerateRunes().Select(r => r.Value).ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            var c = runes[i];
            if (i + 1 < runes.Count && IsVariationSelector(runes[i + 1]))
            {
                glyphs.Add(Variant(c, runes[i + 1], size));
                i++;
            }
            else if (!IsInvisible(c))
            {
                glyphs.Add(Single(c, size));
            }
        }
        return glyphs;
    }

    private PlacedGlyph Single(int c, double size)
    {
        var text = char.ConvertFromUtf32(c);
        // PDFsharp 6.2.4 writes a character outside the BMP into the ToUnicode map as one 5-digit
        // code, which readers cannot decode; the ActualText span keeps it searchable.
        var actual = c > 0xFFFF ? text : null;
        foreach (var font in (FontFile[])[main, fallback])
        {
            var glyph = font.Glyph(c);
            if (glyph != 0)
            {
                return new PlacedGlyph(font, text, Width(font, glyph, size), null, actual);
            }
        }
        return new PlacedGlyph(main, char.ConvertFromUtf32(StandIn), Width(main, main.Glyph(StandIn), size), null, text);
    }

    /// <summary>
    /// A variation sequence (葛 + U+E0100) drawn with the glyph the font's cmap format 14 names for it.
    /// When no font lists the sequence, the base character's usual glyph is the closest there is.
    /// </summary>
    private PlacedGlyph Variant(int c, int selector, double size)
    {
        var actual = new StringBuilder().Append(char.ConvertFromUtf32(c)).Append(char.ConvertFromUtf32(selector)).ToString();
        foreach (var font in (FontFile[])[main, fallback])
        {
            if (font.VariantGlyph(c, selector) is { } glyph)
            {
                var usual = font.Glyph(c);
                return new PlacedGlyph(font, char.ConvertFromUtf32(c), Width(font, glyph, size), glyph == usual ? null : glyph, actual);
            }
        }
        return Single(c, size) with { ActualText = actual };
    }

    private static double Width(FontFile font, ushort glyph, double size) => font.Advance(glyph) * size / font.UnitsPerEm;

    public static bool IsVariationSelector(int c) => c is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    /// <summary>Format characters with nothing to draw (a stray selector, joiners, controls).</summary>
    private static bool IsInvisible(int c) =>
        IsVariationSelector(c) || c is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF || (c < 0x20 && c != '\t') || c is >= 0x7F and <= 0x9F;
}
