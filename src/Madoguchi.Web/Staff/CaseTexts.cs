using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese;

using Names = Madoguchi.Core.Cases.Lifecycle.CaseStateMachine.Names;

namespace Madoguchi.Web.Staff;

/// <summary>How the back office words a case's status, history lines and stamps, in Japanese and English.</summary>
internal static class CaseTexts
{
    public static string Text(Message message, string lang) => lang == "en" ? message.En : message.Ja;

    public static string Role(DepartmentRole role, string lang) => lang == "en" ? Names.En(role) : Names.Ja(role);

    public static string Status(ApplicationStatus status, string lang) => lang == "en" ? Cap(Names.En(status)) : Names.Ja(status);

    /// <summary>決裁待ち says whose approval it waits for: 決裁待ち（係長）.</summary>
    public static string Status(ApplicationStatus status, DepartmentRole? awaiting, string lang) =>
        status == ApplicationStatus.AwaitingApproval && awaiting is { } role
            ? lang == "en" ? $"Awaiting approval ({Names.En(role)})" : $"決裁待ち（{Names.Ja(role)}）"
            : Status(status, lang);

    /// <summary>What a history line says happened.</summary>
    public static string What(CaseHistoryEntry line, string lang)
    {
        var en = lang == "en";
        string Decision(ApplicationStatus? s) => s is { } d ? Status(d, lang) : "";
        string RoleOf() => line.Role is { } r ? Role(r, lang) : "";
        return (line.Kind, line.Action) switch
        {
            (CaseEventKind.Assigned, _) => line.PreviousAssigneeName is { } before
                ? en ? $"Assigned: {before} → {line.AssigneeName}" : $"担当者の変更：{before} → {line.AssigneeName}"
                : en ? $"Assigned to {line.AssigneeName}" : $"担当者の割当て：{line.AssigneeName}",
            (_, CaseAction.SubmitForApproval) => en
                ? $"Submitted for approval (round {line.ApprovalRound}), proposing: {Decision(line.ProposedDecision)}"
                : $"起案（第{line.ApprovalRound}回）決定案：{Decision(line.ProposedDecision)}",
            (_, CaseAction.DecideWithoutApproval) => en
                ? $"Decided without approval: {Decision(line.ToStatus)}" : $"決定（決裁なし）：{Decision(line.ToStatus)}",
            (_, CaseAction.ApproveStep) => en ? $"Approved as {RoleOf()}" : $"承認（{RoleOf()}）",
            (_, CaseAction.ApproveFinally) => en
                ? $"Final approval as {RoleOf()}: {Decision(line.ToStatus)}" : $"決裁（{RoleOf()}）：{Decision(line.ToStatus)}",
            (_, CaseAction.SendBack) => en ? $"Sent back by the {RoleOf()}" : $"差戻し（{RoleOf()}）",
            (_, { } action) => line.FromStatus is { } from && line.ToStatus is { } to && from != to
                ? en ? $"{Cap(Names.En(action))} ({Status(from, lang)} → {Status(to, lang)})" : $"{Names.Ja(action)}（{Status(from, lang)} → {Status(to, lang)}）"
                : en ? Cap(Names.En(action)) : Names.Ja(action),
            _ => "",
        };
    }

    /// <summary>The heading of a stamp box: 起案 for the clerk's step, else the role (係長, 課長).</summary>
    public static string StampHeading(ApprovalStamp stamp, string lang) =>
        stamp.Step == 0
            ? stamp.State == StampState.Decided ? (lang == "en" ? "Decision" : "決定") : (lang == "en" ? "Drafted" : "起案")
            : Role(stamp.Role, lang);

    public static string StampLabel(StampState state, string lang) => (state, lang == "en") switch
    {
        (Core.Cases.Approval.StampState.Drafted, false) => "起案",
        (Core.Cases.Approval.StampState.Drafted, true) => "drafted",
        (Core.Cases.Approval.StampState.Approved, false) => "承認",
        (Core.Cases.Approval.StampState.Approved, true) => "approved",
        (Core.Cases.Approval.StampState.Decided, false) => "決裁",
        (Core.Cases.Approval.StampState.Decided, true) => "decided",
        (Core.Cases.Approval.StampState.SentBack, false) => "差戻し",
        (Core.Cases.Approval.StampState.SentBack, true) => "sent back",
        (Core.Cases.Approval.StampState.Awaiting, false) => "承認待ち",
        (Core.Cases.Approval.StampState.Awaiting, true) => "awaiting",
        (Core.Cases.Approval.StampState.NotReached, false) => "未",
        (Core.Cases.Approval.StampState.NotReached, true) => "not yet",
    };

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
