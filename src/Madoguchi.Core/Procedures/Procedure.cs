namespace Madoguchi.Core.Procedures;

/// <summary>
/// A 手続き residents can apply for. Its descriptive fields live here; the form itself lives in
/// immutable <see cref="FormVersion"/>s, one of which is the published one.
/// </summary>
public sealed class Procedure
{
    public int Id { get; set; }

    /// <summary>Stable slug used in URLs and the API ("juminhyo").</summary>
    public required string Code { get; set; }

    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;

    public required string TitleJa { get; set; }
    public string? TitleEn { get; set; }

    /// <summary>Descriptive texts as JSON ({summary, whatYouNeed[], feeDescription} with ja/en).</summary>
    public required string DescriptionJson { get; set; }

    /// <summary>Space-separated life event codes.</summary>
    public string LifeEventCodes { get; set; } = "";

    /// <summary>標準処理期間 in business days.</summary>
    public int StandardProcessingDays { get; set; }

    public DuplicatePolicy DuplicatePolicy { get; set; }
    public int DuplicateWindowDays { get; set; }

    /// <summary>Approval steps as space-separated roles ("clerk chief manager").</summary>
    public string ApprovalRoute { get; set; } = "clerk";

    /// <summary>保存期間 in years (1, 3, 5, 10 or 30).</summary>
    public int RetentionYears { get; set; }

    public PaymentTiming PaymentTiming { get; set; }

    public int? PublishedVersionId { get; set; }
    public FormVersion? PublishedVersion { get; set; }

    /// <summary>Lower-cased title and summary text in both languages, for catalogue search.</summary>
    public string SearchText { get; set; } = "";
}

public enum DuplicatePolicy { None, Block, Flag }

public enum PaymentTiming { None, AtSubmission, AfterReview }
