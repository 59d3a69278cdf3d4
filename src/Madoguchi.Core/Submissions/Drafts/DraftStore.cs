using System.Security.Cryptography;
using System.Text.Json.Nodes;

using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Submissions.Drafts;

/// <summary>
/// 一時保存. A draft is found only by its secret (the resume link); the database holds its hash.
/// Drafts answer the form version that was published when they started, so a newer version
/// never changes the questions under a resident's feet.
/// </summary>
public sealed class DraftStore(MadoguchiDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public async Task<(Draft Draft, string Secret)> StartAsync(PublishedProcedure published, CancellationToken ct = default)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        var draft = new Draft
        {
            Id = Guid.NewGuid(),
            SecretHash = HashSecret(secret),
            ProcedureId = published.Procedure.Id,
            FormVersionId = published.Version.Id,
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return (draft, secret);
    }

    public async Task<Draft?> FindAsync(string? secret, CancellationToken ct = default) =>
        await FindEvenExpiredAsync(secret, ct) is { } draft && !HasExpired(draft) ? draft : null;

    /// <summary>
    /// Also a draft past its expiry, until the purge removes it: only to tell the resident that it
    /// expired rather than that the page does not exist. Nothing may be done with it.
    /// </summary>
    public async Task<Draft?> FindEvenExpiredAsync(string? secret, CancellationToken ct = default)
    {
        if (secret is null || secret.Length is < 20 or > 64)
        {
            return null;
        }
        var hash = HashSecret(secret);
        return await db.Drafts.FirstOrDefaultAsync(d => d.SecretHash == hash, ct);
    }

    public bool HasExpired(Draft draft) => draft.ExpiresAt < clock.GetUtcNow();

    /// <summary>
    /// A draft past its expiry that was never sent, until the purge removes it: its pages say that it
    /// expired. Not for a sent one, whose resident must never read "not received".
    /// </summary>
    public async Task<bool> ExpiredUnsentAsync(string? secret, CancellationToken ct = default) =>
        await FindEvenExpiredAsync(secret, ct) is { ApplicationId: null } draft && HasExpired(draft);

    public async Task SaveAnswersAsync(Draft draft, JsonObject answers, CancellationToken ct = default)
    {
        draft.AnswersJson = answers.ToJsonString();
        draft.UpdatedAt = clock.GetUtcNow();
        draft.ExpiresAt = draft.UpdatedAt + Lifetime;
        await db.SaveChangesAsync(ct);
    }

    public static JsonObject Answers(Draft draft) =>
        JsonNode.Parse(draft.AnswersJson) as JsonObject ?? [];

    internal static string HashSecret(string secret) =>
        Submit.SubmitApplication.Hash("draft:" + secret);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
