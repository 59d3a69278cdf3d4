namespace Madoguchi.Core.Submissions;

/// <summary>
/// 一時保存: answers in progress. Reached only through a secret link (its hash is stored, not the
/// secret), so nothing about a draft lives on an app node.
/// </summary>
public sealed class Draft
{
    public Guid Id { get; set; }
    public required string SecretHash { get; set; }
    public int ProcedureId { get; set; }
    public int FormVersionId { get; set; }

    /// <summary>Raw answers as last typed (even invalid ones, so nothing typed is lost).</summary>
    public string AnswersJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public Guid? ApplicationId { get; set; }
}
