namespace Madoguchi.Core.Submissions;

/// <summary>
/// One searchable part of an applicant's name: the family name, the given name or the whole name, in
/// kanji and in kana, each as a search key (<see cref="Madoguchi.Japanese.Text.SearchKey"/>). It keeps
/// the application's submission time so that the inbox finds one name's cases newest first through an
/// index, instead of testing the name of every case in the department (see docs/benchmarks.md).
/// </summary>
public sealed class ApplicantNameTerm
{
    public const int MaxLength = 100;

    public Guid ApplicationId { get; set; }

    public string Term { get; set; } = "";

    /// <summary>A copy of <see cref="Application.SubmittedAt"/>, which never changes.</summary>
    public DateTimeOffset SubmittedAt { get; set; }
}
