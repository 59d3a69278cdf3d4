using System.Diagnostics;

namespace Madoguchi.Web.Tests.Staff.Exports;

/// <summary>Debian's poppler-utils run on a PDF the app served: an independent reader of what it holds.</summary>
internal static class Poppler
{
    public static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var directory = Directory.CreateTempSubdirectory("madoguchi-pdf-");
        var file = Path.Combine(directory.FullName, "case.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory.FullName };
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a == "{pdf}" ? file : a);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error.Result}");
            return output.Result + string.Join(",", Directory.GetFiles(directory.FullName, "*.png").Select(f => new FileInfo(f).Length));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
