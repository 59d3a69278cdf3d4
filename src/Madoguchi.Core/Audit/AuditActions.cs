namespace Madoguchi.Core.Audit;

/// <summary>
/// The action codes of the audit log, one constant each, written where the use case happens.
/// Codes are stable identifiers (they are hashed into the chain); add new ones, never rename.
/// </summary>
public static class AuditActions
{
    public const string SignIn = "staff.sign-in";
    public const string SignInFailed = "staff.sign-in-failed";

    /// <summary>The failure that locked the account (5 in a row), or an attempt while it is locked.</summary>
    public const string LockedOut = "staff.locked-out";
    public const string SignOut = "staff.sign-out";
    public const string SignOutEverywhere = "staff.sign-out-everywhere";
    public const string TwoFactorEnabled = "staff.two-factor-enabled";
    public const string TwoFactorDisabled = "staff.two-factor-disabled";
    public const string RecoveryCodesGenerated = "staff.recovery-codes-generated";
    public const string PasswordChanged = "staff.password-changed";

    /// <summary>An administrator's actions on another account.</summary>
    public const string AccountDisabled = "admin.account-disabled";
    public const string AccountEnabled = "admin.account-enabled";
    public const string PasswordSet = "admin.password-set";
    public const string TwoFactorReset = "admin.two-factor-reset";
    public const string SessionsEnded = "admin.sessions-ended";

    /// <summary>Views of personal data: opening a case, revealing a 個人番号, downloading a file.</summary>
    public const string CaseViewed = "case.view";
    public const string IndividualNumberRevealed = "case.individual-number-reveal";
    public const string AttachmentDownloaded = "case.attachment-download";
    public const string CasePrinted = "case.pdf";
    public const string InboxExported = "cases.csv-export";

    /// <summary>
    /// Case changes, one per lifecycle action (Cases/Lifecycle/CaseAudit maps them); written by
    /// ChangeCaseStatus with the change, target the 受付番号, details the statuses, approval step and 担当者.
    /// </summary>
    public const string CaseAssigned = "case.assign";
    public const string CaseReviewStarted = "case.start-review";
    public const string CaseCorrectionRequested = "case.request-correction";
    public const string CaseCorrectionCancelled = "case.cancel-correction";
    public const string CaseCorrectionResubmitted = "case.resubmit-correction";
    public const string CaseSubmittedForApproval = "case.submit-for-approval";
    public const string CaseDecidedWithoutApproval = "case.decide-without-approval";
    public const string CaseApprovalStep = "case.approve-step";
    public const string CaseApprovedFinally = "case.approve-final";
    public const string CaseSentBack = "case.send-back";
    public const string CaseWithdrawn = "case.withdraw";
    public const string MessageSent = "case.message";
    public const string NoteAdded = "case.note";
}
