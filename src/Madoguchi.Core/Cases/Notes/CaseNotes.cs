using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Notes;

/// <summary>Writing and reading 内部メモ, always through the member's departments.</summary>
public sealed class CaseNotes(MadoguchiDb db, ReceiptNumbers numbers, AuditTrail audit, TimeProvider clock)
{
    public const int MaxLength = 2000;

    public async Task<CaseOutcome> AddAsync(string staffMemberId, string? receiptNumber, string? body, CancellationToken ct = default)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var receipt))
        {
            return new CaseOutcome.NotFound();
        }
        var found = await db.ApplicationsVisibleTo(staffMemberId)
            .WithReceipt(numbers, receipt).Select(a => new { a.Id, a.ReceiptNumber, a.Procedure.DepartmentId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return new CaseOutcome.NotFound();
        }
        var text = PlainText.Validate(body, MaxLength, required: true, new Message("メモを入力してください。", "Write a note."));
        if (!text.IsValid)
        {
            return CaseOutcome.InvalidAt("body", "body", text.Error!);
        }
        var actor = (await CaseStaff.LoadAsync(db, staffMemberId, found.DepartmentId, ct)).Actor;
        db.InternalNotes.Add(new InternalNote
        {
            ApplicationId = found.Id,
            At = clock.GetUtcNow(),
            StaffMemberId = staffMemberId,
            AuthorName = actor.Name,
            Body = text.Value!,
        });
        // In the same unit of work as the note; the note's text stays in the case.
        audit.Record(db, CaseAudit.ActorFor(actor), AuditActions.NoteAdded, found.ReceiptNumber, AuditTrail.Details(new { length = text.Value!.Length }));
        await db.SaveChangesAsync(ct);
        return new CaseOutcome.Done();
    }

    public Task<List<InternalNote>> ForCaseAsync(string staffMemberId, Guid applicationId, CancellationToken ct = default)
    {
        var visible = db.ApplicationsVisibleTo(staffMemberId).Where(a => a.Id == applicationId).Select(a => a.Id);
        return db.InternalNotes.AsNoTracking()
            .Where(n => visible.Contains(n.ApplicationId))
            .OrderBy(n => n.At).ThenBy(n => n.Id)
            .ToListAsync(ct);
    }
}
