using System.Globalization;
using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Forms.Validation;
using Madoguchi.Japanese;
using Madoguchi.Japanese.Calendar;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Cases.Corrections;

/// <param name="Paths">The answers to correct (see <see cref="CorrectionFields"/>).</param>
/// <param name="BusinessDays">The deadline in 開庁日 as typed (full-width digits accepted).</param>
/// <param name="SeenRevision">The case's revision on the page the clerk filled in.</param>
public sealed record CorrectionRequestInput(IReadOnlyList<string> Paths, string? Message, string? BusinessDays, int SeenRevision);

/// <summary>
/// 補正依頼: a clerk of the owning department opens chosen answers for the resident to correct,
/// with a message and a deadline in business days, and the case becomes 補正待ち.
/// </summary>
/// <remarks>Who may ask is the lifecycle's rule (<see cref="CasePermissions"/>): a clerk of the department, and the 担当者 once there is one.</remarks>
public sealed class RequestCorrection(
    MadoguchiDb db, LoadCaseAtHand load, PublishedForms forms, ChangeCaseStatus change, BusinessCalendar calendar, TimeProvider clock)
{
    public const int DefaultBusinessDays = 10;
    public const int MaxBusinessDays = 60;
    public const int MaxMessageLength = 2000;

    public async Task<CaseOutcome> HandleAsync(string staffMemberId, string? receiptNumber, CorrectionRequestInput input, CancellationToken ct = default)
    {
        var (at, stop) = await load.ForActionAsync(staffMemberId, receiptNumber, input.SeenRevision, ct);
        if ((stop ?? at!.Check(CaseAction.RequestCorrection)) is { } refused)
        {
            return CaseOutcome.From(refused);
        }
        var application = at!.Application;

        var today = JapanDate.Today(clock);
        var (_, form) = await forms.GetVersionAsync(application.FormVersionId, ct);
        var data = JsonNode.Parse(application.DataJson) as JsonObject ?? [];
        var errors = new List<FieldError>();
        var paths = CheckPaths(input.Paths, form, data, today, errors);
        var message = PlainText.Validate(input.Message, MaxMessageLength, required: true,
            new Message("申請者へのメッセージを入力してください。", "Write a message to the applicant."));
        if (!message.IsValid)
        {
            errors.Add(CaseOutcome.Error("message", "message", message.Error!));
        }
        var days = ParseDays(input.BusinessDays);
        if (days is null)
        {
            errors.Add(CaseOutcome.Error("days", "days", new Message(
                $"期限は1から{MaxBusinessDays}までの開庁日数（半角または全角の数字）で入力してください。",
                $"Enter the deadline as a number of working days from 1 to {MaxBusinessDays}.")));
        }
        if (errors.Count > 0)
        {
            return new CaseOutcome.Invalid(errors);
        }

        var rounds = await db.CorrectionRequests.CountAsync(r => r.ApplicationId == application.Id, ct);
        var actor = at!.Staff.Actor;
        db.CorrectionRequests.Add(new CorrectionRequest
        {
            ApplicationId = application.Id,
            Round = rounds + 1,
            RequestedAt = clock.GetUtcNow(),
            RequestedByStaffMemberId = staffMemberId,
            RequestedByName = actor.Name,
            Message = message.Value!,
            FieldPaths = CorrectionFields.Join(paths),
            BusinessDays = days!.Value,
            DeadlineOn = calendar.AddBusinessDays(today, days.Value),
            State = CorrectionState.Open,
        });
        // The history line carries the start of the message; the request keeps all of it.
        var result = await change.ApplyAsync(application, CaseAction.RequestCorrection, actor, PlainText.Shorten(message.Value!, 500), ct);
        return result.Succeeded ? new CaseOutcome.Done() : new CaseOutcome.Refused(result.Problem!);
    }

    private static IReadOnlyList<string> CheckPaths(
        IReadOnlyList<string> posted, CompiledForm form, JsonObject data, DateOnly today, List<FieldError> errors)
    {
        var choices = CorrectionFields.Choices(form, data, today).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var chosen = posted.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            errors.Add(CaseOutcome.Error("fields", "fields", new Message(
                "補正してもらう項目を1つ以上選んでください。", "Choose at least one answer to be corrected.")));
            return [];
        }
        if (chosen.Any(p => !choices.Contains(p)))
        {
            errors.Add(CaseOutcome.Error("fields", "fields", new Message(
                "選べない項目が含まれています。画面を開き直して選び直してください。",
                "The choice includes an answer that cannot be flagged. Reopen the page and choose again.")));
            return [];
        }
        var paths = CorrectionFields.WithoutCovered(chosen);

        // The resident can change only the flagged answers, yet the whole application must be valid when
        // it comes back: an answer that no longer passes today (e.g. a date now too soon) must be flagged too.
        var stale = form.Validate(data.DeepClone().AsObject(), new ValidationOptions(today)).Errors
            .Where(e => !CorrectionFields.Covers(paths, e.Path))
            .Select(e => FieldLabels.Of(form.Definition, e.Path))
            .DistinctBy(m => m.Ja)
            .ToList();
        if (stale.Count > 0)
        {
            errors.Add(CaseOutcome.Error("fields", "stale", new Message(
                $"今日の日付で確認すると、次の回答がエラーになります。補正の対象に含めてください：{string.Join("、", stale.Select(s => s.Ja))}",
                $"Checked against today's date, these answers are no longer valid; include them: {string.Join(", ", stale.Select(s => s.En))}")));
        }
        return paths;
    }

    private static int? ParseDays(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length is 0 or > 10)
        {
            return null;
        }
        var folded = new string([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);
        return int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxBusinessDays
            ? n : null;
    }
}
