using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Forms.Validation;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Resident;

/// <summary>A draft opened through its secret link, with the form version it answers.</summary>
internal sealed record DraftSession(Draft Draft, Procedure Procedure, FormVersion Version, CompiledForm Form, JsonObject Answers)
{
    public static async Task<DraftSession?> OpenAsync(string secret, DraftStore drafts, PublishedForms forms, MadoguchiDb db, CancellationToken ct)
    {
        var draft = await drafts.FindAsync(secret, ct);
        if (draft is null)
        {
            return null;
        }
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Department).FirstAsync(p => p.Id == draft.ProcedureId, ct);
        var (version, form) = await forms.GetVersionAsync(draft.FormVersionId, ct);
        return new DraftSession(draft, procedure, version, form, DraftStore.Answers(draft));
    }

    public async Task<Dictionary<string, Attachment>> AttachmentsAsync(MadoguchiDb db, CancellationToken ct) =>
        await db.Attachments.AsNoTracking().Where(a => a.DraftId == Draft.Id).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, ct);
}
