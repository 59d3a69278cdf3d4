using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Messages;

/// <summary>
/// A message on a case: from any member of the owning department at any time, or from the
/// resident while the case is undecided, at most a few an hour (counted in the database, so the
/// limit holds across nodes) so that a status link cannot be used to flood a department.
/// </summary>
public sealed class SendMessage(MadoguchiDb db, ReceiptNumbers numbers, AuditTrail audit, TimeProvider clock)
{
    public const int MaxLength = 2000;
    public const int ResidentPerHour = 5;
    public const int ResidentPerDay = 20;

    private static readonly Message Empty = new("メッセージを入力してください。", "Write a message.");

    public async Task<CaseOutcome> FromDepartmentAsync(string staffMemberId, string? receiptNumber, string? body, CancellationToken ct = default)
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
        var text = PlainText.Validate(body, MaxLength, required: true, Empty);
        if (!text.IsValid)
        {
            return CaseOutcome.InvalidAt("body", "body", text.Error!);
        }
        var actor = (await CaseStaff.LoadAsync(db, staffMemberId, found.DepartmentId, ct)).Actor;
        return await AddAsync(new CaseMessage
        {
            ApplicationId = found.Id,
            At = clock.GetUtcNow(),
            From = MessageSender.Department,
            StaffMemberId = staffMemberId,
            AuthorName = actor.Name,
            Body = text.Value!,
        }, CaseAudit.ActorFor(actor), found.ReceiptNumber, ct);
    }

    /// <param name="applicationId">An application the caller found with its access token.</param>
    public async Task<CaseOutcome> FromResidentAsync(Guid applicationId, string? body, CancellationToken ct = default)
    {
        var found = await db.Applications.Where(a => a.Id == applicationId).Select(a => new { a.Status, a.ReceiptNumber }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return new CaseOutcome.NotFound();
        }
        if (!found.Status.CanWithdraw())
        {
            return new CaseOutcome.Refused(new Message(
                "この申請の手続きは終わっているため、ここからはメッセージを送れません。担当課へお電話などでお問い合わせください。",
                "This application has been closed, so messages can no longer be sent here. Please contact the department by phone."));
        }
        var text = PlainText.Validate(body, MaxLength, required: true, Empty);
        if (!text.IsValid)
        {
            return CaseOutcome.InvalidAt("body", "body", text.Error!);
        }
        var now = clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var dayAgo = now.AddDays(-1);
        var recent = await db.CaseMessages
            .Where(m => m.ApplicationId == applicationId && m.From == MessageSender.Resident && m.At > dayAgo)
            .Select(m => m.At).ToListAsync(ct);
        if (recent.Count >= ResidentPerDay || recent.Count(at => at > hourAgo) >= ResidentPerHour)
        {
            return new CaseOutcome.Limited(new Message(
                $"短い間に送れるメッセージは1時間に{ResidentPerHour}件、1日に{ResidentPerDay}件までです。時間をおいてから送ってください。",
                $"You can send up to {ResidentPerHour} messages an hour and {ResidentPerDay} a day. Please wait before sending another."));
        }
        return await AddAsync(new CaseMessage
        {
            ApplicationId = applicationId,
            At = now,
            From = MessageSender.Resident,
            AuthorName = CaseActor.Resident.Name,
            Body = text.Value!,
        }, AuditActor.Resident, found.ReceiptNumber, ct);
    }

    // The log says who wrote to whom and how much, never the text: the case keeps that.
    private async Task<CaseOutcome> AddAsync(CaseMessage message, AuditActor actor, string receiptNumber, CancellationToken ct)
    {
        db.CaseMessages.Add(message);
        audit.Record(db, actor, AuditActions.MessageSent, receiptNumber, AuditTrail.Details(new { from = message.From.ToString(), length = message.Body.Length }));
        await db.SaveChangesAsync(ct);
        return new CaseOutcome.Done();
    }
}
