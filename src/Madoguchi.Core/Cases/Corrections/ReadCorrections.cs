using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Forms.Definitions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <summary>One revision of the answers and how it differs from the one before (none for the original).</summary>
public sealed record RevisionView(AnswerRevision Revision, CorrectionRequest? Answering, IReadOnlyList<AnswerChange> Changes);

/// <summary>Every correction request of a case, oldest first, and every revision of its answers.</summary>
public sealed record CaseCorrections(IReadOnlyList<CorrectionRequest> Requests, IReadOnlyList<RevisionView> Revisions)
{
    /// <summary>The request the resident is working on, if the case is waiting for one.</summary>
    public CorrectionRequest? Open => Requests.LastOrDefault(r => r.State == CorrectionState.Open);
}

/// <summary>
/// The corrections of one case for the case page and exports, scoped like every back-office query:
/// a case of another department reads as having none.
/// </summary>
public sealed class ReadCorrections(MadoguchiDb db)
{
    public async Task<CaseCorrections> HandleAsync(string staffMemberId, Guid applicationId, FormDefinition definition, CancellationToken ct = default)
    {
        var visible = db.ApplicationsVisibleTo(staffMemberId).Where(a => a.Id == applicationId).Select(a => a.Id);
        var requests = await db.CorrectionRequests.AsNoTracking()
            .Where(r => visible.Contains(r.ApplicationId))
            .OrderBy(r => r.Round).ToListAsync(ct);
        var revisions = await db.AnswerRevisions.AsNoTracking()
            .Where(r => visible.Contains(r.ApplicationId))
            .OrderBy(r => r.Number).ToListAsync(ct);

        var views = new List<RevisionView>();
        JsonObject? previous = null;
        foreach (var revision in revisions)
        {
            var data = JsonNode.Parse(revision.DataJson) as JsonObject ?? [];
            var changes = previous is null ? [] : AnswerChanges.Between(definition, previous, data);
            views.Add(new RevisionView(revision, requests.FirstOrDefault(r => r.Id == revision.CorrectionRequestId), changes));
            previous = data;
        }
        return new CaseCorrections(requests, views);
    }
}
