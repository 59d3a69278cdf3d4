using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Validation;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>
/// An open 補正依頼 as the resident works on it: the request, the form version answered, the
/// stored answers and the resident's edits so far (the stored answers until the first edit).
/// </summary>
public sealed record OpenCorrection(
    CorrectionRequest Request, Application Application, CompiledForm Form, JsonObject Current, JsonObject Pending)
{
    public bool IsLate(DateOnly today) => today > Request.DeadlineOn;
}

/// <summary>
/// Finds the open request of an application the caller has already found with its access token
/// or code. None unless the case is 補正待ち, so a request left open by a withdrawal is never shown.
/// </summary>
public sealed class FindOpenCorrection(MadoguchiDb db)
{
    public async Task<OpenCorrection?> HandleAsync(Guid applicationId, CancellationToken ct = default)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Procedure).ThenInclude(p => p.Department)
            .Include(a => a.FormVersion)
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.Status == ApplicationStatus.CorrectionRequested, ct);
        if (application is null)
        {
            return null;
        }
        var request = await db.CorrectionRequests.AsNoTracking()
            .Where(r => r.ApplicationId == applicationId && r.State == CorrectionState.Open)
            .OrderByDescending(r => r.Round).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return null;
        }
        var current = JsonNode.Parse(application.DataJson) as JsonObject ?? [];
        var pending = request.PendingAnswersJson is { } json ? JsonNode.Parse(json) as JsonObject ?? [] : current.DeepClone().AsObject();
        return new OpenCorrection(request, application, PublishedForms.Compile(application.FormVersion), current, pending);
    }

    /// <summary>The files the stored answers and the edits refer to, for showing their names.</summary>
    public async Task<Dictionary<string, Attachment>> FilesAsync(OpenCorrection open, JsonObject answers, CancellationToken ct = default)
    {
        var ids = AttachmentIds.In(answers.ToJsonString()).Union(AttachmentIds.In(open.Application.DataJson)).ToList();
        return await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, ct);
    }

    /// <summary>Keeps the resident's edits (even invalid ones, as typed) so nothing typed is lost between visits.</summary>
    public async Task KeepAnswersAsync(OpenCorrection open, JsonObject pending, CancellationToken ct = default)
    {
        // Only the flagged answers may differ from the stored ones, whatever was posted.
        if (CorrectionFields.ChangesOutside(open.Request.Paths, open.Current, pending))
        {
            throw new InvalidOperationException("Edits outside the flagged answers reached the correction store.");
        }
        await db.CorrectionRequests
            .Where(r => r.Id == open.Request.Id && r.State == CorrectionState.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PendingAnswersJson, pending.ToJsonString()), ct);
    }
}
