using System.Diagnostics;

namespace Madoguchi.Core.Tests.Cases.Exports;

/// <summary>Debian's poppler-utils (pdftotext, pdffonts, pdftoppm, pdfinfo) run on PDF bytes, as an independent reader.</summary>
internal static class Poppler
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-layout", "{pdf}", "-");

    public static string Fonts(byte[] pdf) => Run("pdffonts", pdf, "{pdf}");

    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, "{pdf}");

    /// <summary>Page 1 rendered in grey at <paramref name="dpi"/>: width, height and one byte per pixel (0 = black).</summary>
    public static (int Width, int Height, byte[] Pixels) Render(byte[] pdf, int dpi)
    {
        var directory = Directory.CreateTempSubdirectory("madoguchi-pdf-");
        try
        {
            Run("pdftoppm", pdf, "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", "{pdf}", Path.Combine(directory.FullName, "page"));
            var pgm = File.ReadAllBytes(Path.Combine(directory.FullName, "page.pgm"));
            // Binary PGM: "P5", width, height, maxval, each followed by whitespace, then the pixels.
            var fields = new List<int>();
            var at = 2;
            while (fields.Count < 3)
            {
                while (char.IsWhiteSpace((char)pgm[at]))
                {
                    at++;
                }
                var start = at;
                while (!char.IsWhiteSpace((char)pgm[at]))
                {
                    at++;
                }
                fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(pgm, start, at - start), System.Globalization.CultureInfo.InvariantCulture));
            }
            return (fields[0], fields[1], pgm[(at + 1)..]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static int Ink(byte[] pixels) => pixels.Count(p => p < 128);

    private static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"madoguchi-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a == "{pdf}" ? file : a);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error.Result}");
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
