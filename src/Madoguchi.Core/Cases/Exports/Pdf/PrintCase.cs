using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Exports.Pdf;

public sealed record PrintedCase(byte[] Content, string FileName);

/// <summary>
/// A case as PDF for the signed-in staff member: the one place a case PDF is produced. Null when
/// the case does not exist or belongs to another department (the caller answers 404 either way).
/// </summary>
/// <param name="describe">How the answers read (labels and values from the form version answered); the web layer knows that.</param>
public sealed class PrintCase(MadoguchiDb db, OpenCase open, CaseRecordReader records, PdfFonts fonts, TimeProvider clock)
{
    public async Task<PrintedCase?> HandleAsync(
        string staffMemberId, string? receiptNumber, Func<Application, CaseAnswers> describe, CancellationToken ct = default)
    {
        if (await open.HandleAsync(staffMemberId, receiptNumber, ct) is not { } application)
        {
            return null;
        }
        var sheetFonts = fonts.Get();
        var printedBy = await db.Users.AsNoTracking().Where(u => u.Id == staffMemberId).Select(u => u.DisplayName).FirstAsync(ct);
        var answers = describe(application);
        var sheet = new CaseSheet
        {
            ProcedureTitle = application.Procedure.TitleJa,
            ReceiptNumber = application.ReceiptNumber,
            DepartmentName = application.Procedure.Department.NameJa,
            Summary = answers.Summary,
            Answers = answers.Sections,
            Attachments = [.. application.Attachments.OrderBy(a => a.UploadedAt).Select(a => new SheetAttachment(a.FileName, a.ContentType, a.Length))],
            Record = await records.ReadAsync(application, ct),
            PrintedAt = clock.GetUtcNow(),
            PrintedBy = printedBy,
        };
        return new PrintedCase(CaseSheetPdf.Render(sheet, sheetFonts), $"{application.ReceiptNumber}.pdf");
    }
}
