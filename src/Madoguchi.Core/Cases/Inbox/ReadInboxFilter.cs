using System.Globalization;

using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Japanese;
using Madoguchi.Japanese.Text;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Inbox;

/// <summary>One wrong filter value: the input it concerns (its query-string name) and what is wrong.</summary>
public sealed record InboxFilterProblem(string Field, Message Message);

/// <summary>The checked filter, or what is wrong with the input (never both).</summary>
public sealed record InboxFilterResult(InboxFilter? Filter, IReadOnlyList<InboxFilterProblem> Problems);

/// <summary>
/// Checks an inbox filter as typed: known statuses, dates that exist and are in order, a 受付番号 that
/// can be one, a clerk and a procedure of the member's own departments, and nothing oversized.
/// Unknown ids get a message, like every other mistake; they never reveal another department.
/// </summary>
public sealed class ReadInboxFilter(MadoguchiDb db)
{
    public const int MaxNameLength = 100;
    private const int MaxShortValue = 64;

    public async Task<InboxFilterResult> HandleAsync(string staffMemberId, InboxFilterInput input, CancellationToken ct = default)
    {
        var problems = new List<InboxFilterProblem>();
        var filter = new InboxFilter();
        void Problem(string field, string ja, string en) => problems.Add(new InboxFilterProblem(field, new Message(ja, en)));

        if (!string.IsNullOrWhiteSpace(input.Receipt))
        {
            if (input.Receipt.Length > 40 || !ReceiptNumber.TryParse(input.Receipt, out var receipt))
            {
                Problem("receipt", "受付番号は「K7Q-4MX-93P」のような10文字です。入力を確認してください。", "A receipt number has 10 characters, like K7Q-4MX-93P. Check what you typed.");
            }
            else
            {
                filter = filter with { ReceiptNumber = receipt };
            }
        }
        if (!string.IsNullOrEmpty(input.Status))
        {
            // Names only: Enum.TryParse would also take "3" and "Received,UnderReview".
            if (!Enum.GetNames<ApplicationStatus>().Contains(input.Status, StringComparer.Ordinal))
            {
                Problem("status", "状況の指定が正しくありません。一覧から選んでください。", "Unknown status. Choose one from the list.");
            }
            else
            {
                filter = filter with { Status = Enum.Parse<ApplicationStatus>(input.Status) };
            }
        }
        filter = await AssigneeAsync(staffMemberId, input.Assignee, filter, Problem, ct);
        filter = await ProcedureAsync(staffMemberId, input.Procedure, filter, Problem, ct);
        if (Flag(input.Overdue) is { } overdue)
        {
            filter = filter with { OverdueOnly = overdue };
        }
        else
        {
            Problem("overdue", "「期限超過のみ」の指定が正しくありません。", "The overdue option is not valid.");
        }
        if (Flag(input.AwaitingMe) is { } awaitingMe)
        {
            filter = filter with { AwaitingMyApproval = awaitingMe };
        }
        else
        {
            Problem("awaitingMe", "「自分の決裁待ちのみ」の指定が正しくありません。", "The awaiting-my-approval option is not valid.");
        }
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            var key = input.Name.Length > MaxNameLength * 2 ? "" : SearchKey.For(input.Name);
            if (input.Name.Length > MaxNameLength * 2 || key.Length > MaxNameLength)
            {
                Problem("name", $"申請者名は{MaxNameLength}文字以内で入力してください。", $"Enter at most {MaxNameLength} characters for the applicant's name.");
            }
            else if (key.Length == 0)
            {
                Problem("name", "申請者名には、姓・名・氏名のいずれかを漢字・かな・英字で入力してください。", "Enter the applicant's family name, given name or full name in kanji, kana or letters.");
            }
            else
            {
                filter = filter with { ApplicantNameKey = key };
            }
        }
        var from = Date(input.From, "from", "受付日（から）", "Received from", Problem);
        var to = Date(input.To, "to", "受付日（まで）", "Received until", Problem);
        if (from is not null && to is not null && from > to)
        {
            Problem("to", "受付日の範囲は「から」が「まで」より前になるように入力してください。", "The start of the date range must not be after its end.");
        }
        filter = filter with { SubmittedFrom = from, SubmittedTo = to };
        return problems.Count == 0 ? new InboxFilterResult(filter, []) : new InboxFilterResult(null, problems);
    }

    private async Task<InboxFilter> AssigneeAsync(
        string staffMemberId, string? value, InboxFilter filter, Action<string, string, string> problem, CancellationToken ct)
    {
        switch (value)
        {
            case null or "":
                return filter;
            case "me":
                return filter with { Assignee = AssigneeChoice.Me };
            case "none":
                return filter with { Assignee = AssigneeChoice.Unassigned };
        }
        // A clerk of one of the member's own departments, and nobody else.
        var known = value.Length <= 450 && await db.DepartmentMemberships.AnyAsync(
            m => m.StaffMemberId == value && m.Role == DepartmentRole.Clerk
                && db.DepartmentMemberships.Any(mine => mine.StaffMemberId == staffMemberId && mine.DepartmentId == m.DepartmentId), ct);
        if (!known)
        {
            problem("assignee", "指定された担当者は見つかりません。一覧から選んでください。", "That clerk was not found. Choose one from the list.");
            return filter;
        }
        return filter with { Assignee = AssigneeChoice.Named, AssigneeId = value };
    }

    private async Task<InboxFilter> ProcedureAsync(
        string staffMemberId, string? code, InboxFilter filter, Action<string, string, string> problem, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            return filter;
        }
        var id = code.Length > MaxShortValue ? null : await db.Procedures
            .Where(p => p.Code == code && db.DepartmentMemberships.Any(m => m.StaffMemberId == staffMemberId && m.DepartmentId == p.DepartmentId))
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(ct);
        if (id is null)
        {
            problem("procedure", "指定された手続きは見つかりません。一覧から選んでください。", "That procedure was not found. Choose one from the list.");
            return filter;
        }
        return filter with { ProcedureId = id };
    }

    private static bool? Flag(string? value) => value switch
    {
        null or "" or "false" => false,
        "true" or "on" or "1" => true,
        _ => null,
    };

    private static DateOnly? Date(string? value, string field, string labelJa, string labelEn, Action<string, string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        // Date inputs send 2026-11-27; typed by hand it may be 2026/11/27 or in full-width digits.
        var text = value.Length > MaxShortValue ? "" : SearchKey.For(value).Replace('/', '-');
        if (DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2999)
        {
            return date;
        }
        problem(field, $"{labelJa}は「2026-04-01」のように、2000年から2999年までの実在する日付で入力してください。",
            $"{labelEn}: enter a real date between 2000 and 2999, like 2026-04-01.");
        return null;
    }
}
