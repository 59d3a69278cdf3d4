namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>A line of glyphs ready to draw, and its width in points.</summary>
public sealed record TextLine(IReadOnlyList<PlacedGlyph> Glyphs, double Width);

/// <summary>Text set into lines of a given width: line feeds kept, Japanese line breaking between them.</summary>
public static class TextLayout
{
    public static List<TextLine> Wrap(TextShaper shaper, string text, double size, double maxWidth)
    {
        var lines = new List<TextLine>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Replace('\t', ' ').Split('\n'))
        {
            var clusters = LineBreaker.Clusters(paragraph);
            var shaped = clusters.Select(c => shaper.Shape(c, size)).ToList();
            var widths = shaped.Select(g => g.Sum(x => x.Width)).ToArray();
            foreach (var (start, count) in LineBreaker.Lines(clusters, i => widths[i], maxWidth))
            {
                var glyphs = shaped.Skip(start).Take(count).SelectMany(g => g).ToList();
                // Spaces at the end of a line hang: not drawn, no width (JIS X 4051).
                while (glyphs.Count > 0 && glyphs[^1].Draw is " " or "\u3000")
                {
                    glyphs.RemoveAt(glyphs.Count - 1);
                }
                lines.Add(new TextLine(glyphs, glyphs.Sum(g => g.Width)));
            }
        }
        return lines;
    }
}
