namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// The font files the case PDF embeds ("Pdf" section of the configuration). The defaults are where
/// Debian's packages put them: fonts-ipaexfont-mincho, fonts-ipaexfont-gothic and fonts-ipamj-mincho.
/// </summary>
public sealed class PdfFontOptions
{
    public const string Section = "Pdf";

    /// <summary>Body text (IPAex明朝).</summary>
    public string MinchoFont { get; set; } = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";

    /// <summary>Headings (IPAexゴシック).</summary>
    public string GothicFont { get; set; } = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    /// <summary>Per-character fallback for what IPAex lacks: 𠮷 and the 文字情報基盤 variation sequences (IPAmj明朝).</summary>
    public string FallbackFont { get; set; } = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf";

    /// <summary>Each configured font that is missing, with its setting, the path and the Debian package that provides it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, nameof(MinchoFont), MinchoFont, "fonts-ipaexfont-mincho");
        Check(problems, nameof(GothicFont), GothicFont, "fonts-ipaexfont-gothic");
        Check(problems, nameof(FallbackFont), FallbackFont, "fonts-ipamj-mincho");
        return problems;
    }

    private static void Check(List<string> problems, string setting, string path, string package)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            problems.Add($"{Section}:{setting} = '{path}' does not exist (Debian: apt-get install {package})");
        }
    }
}
