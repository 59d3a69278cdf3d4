using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// 補正提出: the resident sends the corrected answers. The whole application is validated again
/// with the form version it answered (conditions and fees recomputed); the earlier answers are
/// kept as revisions, the new ones become the application's answers, and the case is 審査中 again.
/// A resubmission after the deadline is accepted and marked late: whether to reject the
/// application for it is the department's decision (行政手続法 第7条), not the system's.
/// </summary>
public sealed class ResubmitCorrection(MadoguchiDb db, ChangeCaseStatus change, TimeProvider clock)
{
    public static readonly Message NoOpenRequest = new(
        "この補正のお願いは、すでに提出済みか取り消されています。最新の状況をご確認ください。",
        "This correction request has already been answered or was withdrawn by the department. Check the current status.");

    public async Task<CaseOutcome> HandleAsync(Guid applicationId, int seenRevision, CancellationToken ct = default)
    {
        var application = await db.Applications.Include(a => a.FormVersion).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return new CaseOutcome.NotFound();
        }
        var request = await db.CorrectionRequests
            .Where(r => r.ApplicationId == applicationId && r.State == CorrectionState.Open)
            .OrderByDescending(r => r.Round).FirstOrDefaultAsync(ct);
        if (request is null || application.Status != ApplicationStatus.CorrectionRequested)
        {
            return new CaseOutcome.Refused(NoOpenRequest);
        }
        if (application.Revision != seenRevision)
        {
            return new CaseOutcome.Refused(ChangeCaseStatus.ChangedMeanwhile);
        }

        var form = PublishedForms.Compile(application.FormVersion);
        var before = JsonNode.Parse(application.DataJson) as JsonObject ?? [];
        var pending = request.PendingAnswersJson is { } json ? JsonNode.Parse(json) as JsonObject ?? [] : before.DeepClone().AsObject();
        if (CorrectionFields.ChangesOutside(request.Paths, before, pending))
        {
            throw new InvalidOperationException("Edits outside the flagged answers reached the resubmission.");
        }
        var today = JapanDate.Today(clock);
        var result = form.Validate(pending.DeepClone().AsObject(), new ValidationOptions(today));
        if (!result.IsValid)
        {
            return new CaseOutcome.Invalid(result.Errors);
        }

        var now = clock.GetUtcNow();
        var late = today > request.DeadlineOn;
        var number = await AddRevisionsAsync(application, result, request, late, now, ct);
        var changes = AnswerChanges.Between(form.Definition, before, result.Data);
        application.DataJson = result.Data.ToJsonString();
        application.FeeYen = result.FeeYen;
        var (name, nameKey, terms) = ApplicantNames.From(form.Definition, result.Data);
        (application.ApplicantName, application.ApplicantNameKey) = (name, nameKey);
        await ReplaceNameTermsAsync(application, terms, ct);
        application.DuplicateFingerprint = DuplicateCheck.Fingerprint(form.Definition, result.Data);
        await LinkNewFilesAsync(application, request, ct);
        request.State = CorrectionState.Answered;
        request.ClosedAt = now;
        request.ClosedByName = CaseActor.Resident.Name;
        request.AnsweredLate = late;
        request.RevisionNumber = number;
        request.PendingAnswersJson = null;

        var outcome = await change.ApplyAsync(application, CaseAction.ResubmitCorrection, CaseActor.Resident, Comment(form, changes, late), ct);
        return outcome.Succeeded ? new CaseOutcome.Done() : new CaseOutcome.Refused(outcome.Problem!);
    }

    // A corrected name is found by its new parts only; saved with the rest of the resubmission.
    private async Task ReplaceNameTermsAsync(Application application, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var stored = await db.ApplicantNameTerms.Where(t => t.ApplicationId == application.Id).ToListAsync(ct);
        db.ApplicantNameTerms.RemoveRange(stored.Where(t => !terms.Contains(t.Term)));
        db.ApplicantNameTerms.AddRange(ApplicantNames.Rows(application, [.. terms.Where(t => !stored.Any(s => s.Term == t))]));
    }

    private async Task<int> AddRevisionsAsync(
        Application application, FormValidationResult result, CorrectionRequest request, bool late, DateTimeOffset now, CancellationToken ct)
    {
        var revisions = db.AnswerRevisions;
        var last = await revisions.Where(r => r.ApplicationId == application.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        if (last == 0)
        {
            // The first correction: keep the answers as originally submitted.
            revisions.Add(new AnswerRevision
            {
                ApplicationId = application.Id,
                Number = ++last,
                DataJson = application.DataJson,
                FeeYen = application.FeeYen,
                At = application.SubmittedAt,
                ActorKind = CaseActorKind.Resident,
            });
        }
        revisions.Add(new AnswerRevision
        {
            ApplicationId = application.Id,
            Number = ++last,
            DataJson = result.Data.ToJsonString(),
            FeeYen = result.FeeYen,
            At = now,
            ActorKind = CaseActorKind.Resident,
            CorrectionRequestId = request.Id,
            Late = late,
        });
        return last;
    }

    // Files uploaded for this request join the application now; those the answers no longer use are purged later.
    private async Task LinkNewFilesAsync(Application application, CorrectionRequest request, CancellationToken ct)
    {
        var ids = AttachmentIds.In(application.DataJson).ToList();
        var files = await db.Attachments.Where(a => a.CorrectionRequestId == request.Id && ids.Contains(a.Id)).ToListAsync(ct);
        foreach (var file in files)
        {
            file.ApplicationId = application.Id;
        }
    }

    private static string Comment(CompiledForm form, IReadOnlyList<AnswerChange> changes, bool late)
    {
        var names = changes.Select(c => FieldLabels.Of(form.Definition, c.Path).Ja).Distinct(StringComparer.Ordinal).ToList();
        var text = names.Count == 0 ? "変更なし" : "変更した項目：" + string.Join("、", names);
        return PlainText.Shorten(text, 3000) + (late ? "（期限後の提出）" : "");
    }
}
