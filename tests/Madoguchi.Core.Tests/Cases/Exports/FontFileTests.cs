using Madoguchi.Core.Cases.Exports.Pdf;

namespace Madoguchi.Core.Tests.Cases.Exports;

/// <summary>The cmap reading against Debian's font files (installed by test.sh; see docs/ja/operations.md).</summary>
public sealed class FontFileTests
{
    private static readonly PdfFontOptions Debian = new();
    private static readonly Lazy<FontFile> Mincho = new(() => FontFile.Load(Debian.MinchoFont));
    private static readonly Lazy<FontFile> Fallback = new(() => FontFile.Load(Debian.FallbackFont));

    [Fact]
    public void The_debian_fonts_are_installed_where_the_defaults_say() => Assert.Empty(Debian.Problems());

    [Fact]
    public void IPAex_has_common_kanji_and_kana_but_not_the_tsuchi_yoshi()
    {
        Assert.NotEqual(0, Mincho.Value.Glyph('山'));
        Assert.NotEqual(0, Mincho.Value.Glyph('ア'));
        Assert.Equal(0, Mincho.Value.Glyph(0x20BB7));
        Assert.NotEqual(0, Fallback.Value.Glyph(0x20BB7));
    }

    [Fact]
    public void A_variation_sequence_maps_to_its_own_glyph_and_a_default_one_to_the_usual_glyph()
    {
        var usual = Mincho.Value.Glyph(0x845B);

        var variant = Mincho.Value.VariantGlyph(0x845B, 0xE0100);
        var byDefault = Mincho.Value.VariantGlyph(0x845B, 0xE0101);

        Assert.NotNull(variant);
        Assert.NotEqual(usual, variant);
        Assert.Equal(usual, byDefault);
        Assert.Null(Mincho.Value.VariantGlyph(0x845B, 0xE01EF));
    }

    [Fact]
    public void IPAmj_holds_the_moji_joho_variation_sequences_that_IPAex_lacks()
    {
        Assert.Null(Mincho.Value.VariantGlyph(0x845B, 0xE0103));
        Assert.NotNull(Fallback.Value.VariantGlyph(0x845B, 0xE0103));
    }

    [Fact]
    public void Advance_widths_are_read_from_the_font() =>
        Assert.Equal(Mincho.Value.UnitsPerEm, Mincho.Value.Advance(Mincho.Value.Glyph('山')));

    [Fact]
    public void A_file_that_is_not_a_font_is_refused_with_its_name()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a font at all");
        try
        {
            var e = Assert.ThrowsAny<Exception>(() => FontFile.Load(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
