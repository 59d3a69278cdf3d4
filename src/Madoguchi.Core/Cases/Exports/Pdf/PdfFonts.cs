using Microsoft.Extensions.Options;

using PdfSharp.Fonts;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>The fonts of the case PDF, read from the configured files once and kept for the process.</summary>
public sealed class PdfFonts(IOptions<PdfFontOptions> options)
{
    private readonly Lock gate = new();
    private SheetFonts? loaded;

    /// <summary>What is wrong with the configured fonts; empty when PDFs can be made.</summary>
    public IReadOnlyList<string> Problems => options.Value.Problems();

    /// <summary>The loaded fonts; throws <see cref="PdfFontsUnavailableException"/> naming what is missing.</summary>
    public SheetFonts Get()
    {
        lock (gate)
        {
            if (loaded is not null)
            {
                return loaded;
            }
            var problems = Problems;
            if (problems.Count > 0)
            {
                throw new PdfFontsUnavailableException(problems);
            }
            var o = options.Value;
            FontFileResolver.Install();
            loaded = new SheetFonts(Load(o.MinchoFont), Load(o.GothicFont), Load(o.FallbackFont));
            return loaded;
        }
    }

    private static FontFile Load(string path)
    {
        try
        {
            return FontFile.Load(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
        {
            throw new PdfFontsUnavailableException([$"{path} cannot be read as a TrueType font: {e.Message}"]);
        }
    }
}

/// <summary>Body text, headings, and the per-character fallback for both.</summary>
public sealed record SheetFonts(FontFile Mincho, FontFile Gothic, FontFile Fallback);

public sealed class PdfFontsUnavailableException(IReadOnlyList<string> problems)
    : Exception("The fonts for case PDFs are not available: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// PDFsharp's font source: the family name is the font file's full path, so the configured files
/// are used as they are and nothing depends on the fonts installed in the system.
/// </summary>
internal sealed class FontFileResolver : IFontResolver
{
    private static readonly FontFileResolver Instance = new();
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            // PDFsharp keeps one resolver per process and refuses a change once fonts were used.
            if (GlobalFontSettings.FontResolver is not FontFileResolver)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Path.IsPathFullyQualified(familyName) && File.Exists(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName);
}
