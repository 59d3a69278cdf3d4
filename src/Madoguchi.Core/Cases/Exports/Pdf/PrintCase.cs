using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
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
/// <remarks>
/// The history and the stamp column come from the case history through the same readers as the case
/// page (<see cref="ReadCaseHistory"/>, <see cref="ApprovalRecord"/>), so the paper and the screen agree.
/// </remarks>
/// <param name="describe">How the case reads (answer labels and values from the form version answered, history and stamp wording); the web layer knows that.</param>
public sealed class PrintCase(MadoguchiDb db, OpenCase open, ReadCaseHistory readHistory, PdfFonts fonts, AuditTrail audit, TimeProvider clock)
{
    public async Task<PrintedCase?> HandleAsync(
        string staffMemberId, string? receiptNumber, Func<CaseFacts, CaseContent> describe, CancellationToken ct = default)
    {
        if (await open.HandleAsync(staffMemberId, receiptNumber, ct) is not { } application)
        {
            return null;
        }
        var sheetFonts = fonts.Get();
        var printer = await db.Users.AsNoTracking().Where(u => u.Id == staffMemberId).Select(u => new { u.DisplayName, u.UserName }).FirstAsync(ct);
        var printedBy = printer.DisplayName;
        var assignee = application.AssignedToId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        var history = await readHistory.HandleAsync(application.Id, ct);
        var content = describe(new CaseFacts(application, history, ApprovalRecord.From(application, history), assignee));
        var sheet = new CaseSheet
        {
            ProcedureTitle = application.Procedure.TitleJa,
            ReceiptNumber = application.ReceiptNumber,
            DepartmentName = application.Procedure.Department.NameJa,
            Summary = content.Summary,
            Answers = content.Sections,
            Attachments = [.. application.Attachments.OrderBy(a => a.UploadedAt).Select(a => new SheetAttachment(a.FileName, a.ContentType, a.Length))],
            Record = content.Record,
            PrintedAt = clock.GetUtcNow(),
            PrintedBy = printedBy,
        };
        var pdf = CaseSheetPdf.Render(sheet, sheetFonts);
        // A PDF is a copy of personal data leaving the screen: logged like a view, once it exists.
        await audit.RecordNowAsync(db, AuditActor.Staff(staffMemberId, printer.DisplayName, printer.UserName), AuditActions.CasePrinted, application.ReceiptNumber, null, ct);
        return new PrintedCase(pdf, $"{application.ReceiptNumber}.pdf");
    }
}
