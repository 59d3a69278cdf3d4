using PdfSharp.Pdf;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>A <see cref="CaseSheet"/> as PDF bytes, fonts embedded (subsets) so it prints the same anywhere.</summary>
public static class CaseSheetPdf
{
    public static byte[] Render(CaseSheet sheet, SheetFonts fonts)
    {
        var layout = new CaseSheetLayout(fonts);
        var pages = layout.Lay(sheet);
        using var document = new PdfDocument();
        document.Info.Title = $"申請書（控） {sheet.ReceiptNumber}";
        document.Info.Subject = sheet.ProcedureTitle;
        document.Info.Creator = "Madoguchi";
        document.Info.CreationDate = sheet.PrintedAt.UtcDateTime;
        document.Options.CompressContentStreams = true;
        document.Internals.Catalog.Elements.SetString("/Lang", "ja");
        var canvas = new PdfCanvas(document);
        for (var i = 0; i < pages.Count; i++)
        {
            canvas.NewPage();
            foreach (var op in layout.Footer(sheet, i + 1, pages.Count).Concat(pages[i]))
            {
                canvas.Draw(op);
            }
        }
        canvas.Close();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
