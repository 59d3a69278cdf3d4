using System.Text.Json.Nodes;

using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Assignment;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Core.Submissions.Withdraw;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases.Demo;

/// <summary>
/// Demo cases for デモ市, so a newcomer signing in as any demo role finds something to do at once:
/// in every department one case in each state (受付, 審査中, an overdue 審査中, 補正待ち, 審査中 again after a
/// correction, 決裁待ち at step 1 after a send-back, 決裁待ち at step 2, 完了, 却下, 取下げ). Each is submitted and moved on through the real
/// services, acting as the department's demo staff on earlier days, so its history, approval stamps and
/// due date are what real use would have produced.
/// </summary>
/// <remarks>
/// Runs only where the demo staff exist (the demo city). Idempotent: each case has a fixed idempotency
/// key and is skipped once it exists, whatever staff have done with it since.
/// </remarks>
public sealed class DemoCaseSeeder(IServiceProvider services, MadoguchiDb db, PublishedForms forms, TimeProvider clock)
{
    private enum Step { StartReview, RequestCorrection, ResubmitCorrection, Draft, DraftRejection, SendBack, ApproveOnce, ApproveToDecision, Withdraw }

    private sealed record Plan(string Key, int DaysAgo, Step[] Steps, int MinimumRouteLength = 1);

    private static readonly Plan[] Plans =
    [
        new("received", 0, []),
        new("review", 3, [Step.StartReview]),
        new("overdue", 45, [Step.StartReview]),
        new("correction", 4, [Step.StartReview, Step.RequestCorrection]),
        new("corrected", 9, [Step.StartReview, Step.RequestCorrection, Step.ResubmitCorrection]),
        new("approval-step-1", 8, [Step.StartReview, Step.Draft, Step.SendBack, Step.Draft], MinimumRouteLength: 2),
        new("approval-step-2", 10, [Step.StartReview, Step.Draft, Step.ApproveOnce], MinimumRouteLength: 3),
        new("completed", 20, [Step.StartReview, Step.Draft, Step.ApproveToDecision]),
        new("rejected", 25, [Step.StartReview, Step.DraftRejection, Step.ApproveToDecision]),
        new("withdrawn", 12, [Step.StartReview, Step.Withdraw]),
    ];

    /// <summary>Stands in for the resident's photo of an identity document: the upload check reads the JPEG signature, nothing more.</summary>
    private static readonly byte[] SampleImage =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>Seeds what is missing; returns how many cases it created.</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        var created = 0;
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        for (var d = 0; d < departments.Count; d++)
        {
            var department = departments[d];
            if (await DemoStaffAsync(department, ct) is not { } staff || await ProcedureAsync(department, ct) is not { } procedure)
            {
                continue;
            }
            for (var p = 0; p < Plans.Length; p++)
            {
                var plan = Plans[p];
                var key = $"demo-case:{department.Code}:{plan.Key}";
                if (procedure.Route.Steps.Count < plan.MinimumRouteLength
                    || await db.Applications.AnyAsync(a => a.ProcedureId == procedure.Published.Procedure.Id && a.IdempotencyKey == key, ct))
                {
                    continue;
                }
                await SeedCaseAsync(plan, key, procedure, staff, DemoResident.For(d * Plans.Length + p), ct);
                created++;
            }
        }
        return created;
    }

    private sealed record DemoProcedure(PublishedProcedure Published, ApprovalRoute Route);

    // The department's procedure with the longest route, so every step of approval can be shown.
    private async Task<DemoProcedure?> ProcedureAsync(Department department, CancellationToken ct)
    {
        var candidates = await db.Procedures.AsNoTracking()
            .Where(p => p.DepartmentId == department.Id && p.PublishedVersionId != null)
            .Select(p => new { p.Code, p.ApprovalRoute })
            .ToListAsync(ct);
        var best = candidates
            .Where(p => DemoCaseAnswers.RequiredFiles.ContainsKey(p.Code))
            .Select(p => new { p.Code, Route = ApprovalRoute.Parse(p.ApprovalRoute) })
            .Where(p => p.Route is not null)
            .OrderByDescending(p => p.Route!.Steps.Count).ThenBy(p => p.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is not null && await forms.FindAsync(best.Code, ct) is { } published ? new DemoProcedure(published, best.Route!) : null;
    }

    private sealed record DemoStaff(string Clerk, string Chief, string Manager)
    {
        public string For(DepartmentRole role) => role switch
        {
            DepartmentRole.Chief => Chief,
            DepartmentRole.Manager => Manager,
            _ => Clerk,
        };
    }

    private async Task<DemoStaff?> DemoStaffAsync(Department department, CancellationToken ct)
    {
        var names = new[] { $"{department.Code}-clerk", $"{department.Code}-chief", $"{department.Code}-manager" };
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        return users.Count == names.Length ? new DemoStaff(users[names[0]], users[names[1]], users[names[2]]) : null;
    }

    private async Task SeedCaseAsync(Plan plan, string key, DemoProcedure procedure, DemoStaff staff, DemoResident resident, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var demoClock = new DemoClock { Now = plan.DaysAgo == 0 ? now.AddHours(-2) : JapanDate.StartOf(JapanDate.Today(clock).AddDays(-plan.DaysAgo)).AddHours(9.5) };
        // Later steps spread evenly between the submission and now, as if handled over those days.
        var interval = (now - demoClock.Now) / (plan.Steps.Length + 1);

        var application = await SubmitAsync(key, procedure.Published, resident, demoClock, ct);
        var change = ActivatorUtilities.CreateInstance<ChangeCaseStatus>(services, demoClock);
        foreach (var step in plan.Steps)
        {
            demoClock.Now += interval;
            await ActAsync(step, application.ReceiptNumber, application.Id, procedure, staff, change, demoClock, ct);
        }
    }

    private async Task<Application> SubmitAsync(string key, PublishedProcedure published, DemoResident resident, DemoClock demoClock, CancellationToken ct)
    {
        var answers = DemoCaseAnswers.For(published.Procedure.Code, resident, JapanDate.Today(demoClock));
        Guid? draftId = null;
        var files = DemoCaseAnswers.RequiredFiles[published.Procedure.Code];
        if (files.Length > 0)
        {
            // The draft runs on the real clock: started at the back-dated time it could already be
            // past its lifetime, and the draft purge running beside the seeder would delete it.
            var (draft, _) = await ActivatorUtilities.CreateInstance<DraftStore>(services, clock).StartAsync(published, ct);
            var upload = ActivatorUtilities.CreateInstance<UploadAttachment>(services, demoClock);
            foreach (var field in files)
            {
                var component = published.Form.Definition.Pages.SelectMany(p => p.Components).Single(c => c.Key == field);
                using var image = new MemoryStream(SampleImage);
                var stored = await upload.HandleAsync(draft, component, 0, "本人確認書類（デモ）.jpg", image, ct) as UploadOutcome.Stored
                    ?? throw new InvalidOperationException($"The demo image was refused for {published.Procedure.Code}.{field}.");
                answers[field] = new JsonArray(stored.Attachment.Id);
            }
            draftId = draft.Id;
        }
        var outcome = await ActivatorUtilities.CreateInstance<SubmitApplication>(services, demoClock)
            .HandleAsync(new SubmitCommand(published.Procedure.Code, answers, key, SubmissionChannel.Web, draftId), ct);
        return outcome is SubmitOutcome.Accepted accepted
            ? accepted.Application
            : throw new InvalidOperationException($"Demo case {key} was not accepted: {outcome}");
    }

    private async Task ActAsync(
        Step step, string receipt, Guid id, DemoProcedure procedure, DemoStaff staff, ChangeCaseStatus change, TimeProvider demoClock, CancellationToken ct)
    {
        var load = services.GetRequiredService<LoadCaseAtHand>();
        async Task<int> RevisionAsync() => await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.Revision).SingleAsync(ct);
        var approve = ActivatorUtilities.CreateInstance<ApproveCase>(services, load, change);
        var submit = ActivatorUtilities.CreateInstance<SubmitForApproval>(services, load, change);
        var result = step switch
        {
            Step.StartReview => await ActivatorUtilities.CreateInstance<StartReview>(
                    services, load, ActivatorUtilities.CreateInstance<AssignCase>(services, load, change), change)
                .HandleAsync(staff.Clerk, receipt, await RevisionAsync(), ct),
            Step.Draft => await submit.HandleAsync(staff.Clerk, receipt, await RevisionAsync(), nameof(ApplicationStatus.Completed),
                "申請内容と添付書類を確認し、要件を満たしているため交付（受理）してよろしいか伺います。", ct),
            Step.DraftRejection => await submit.HandleAsync(staff.Clerk, receipt, await RevisionAsync(), nameof(ApplicationStatus.Rejected),
                "申請者の住所が本市にないことを住民基本台帳で確認したため、要件を満たさず却下してよろしいか伺います。", ct),
            Step.SendBack => await ActivatorUtilities.CreateInstance<SendBackCase>(services, load, change)
                .HandleAsync(staff.Chief, receipt, await RevisionAsync(), "本人確認書類の有効期限を確認し、起案文に記載してください。", ct),
            Step.ApproveOnce => await ApproveAtCurrentStepAsync(approve, receipt, id, staff, RevisionAsync, ct),
            Step.ApproveToDecision => await ApproveUntilDecidedAsync(approve, receipt, id, staff, RevisionAsync, ct),
            Step.RequestCorrection => Result(await ActivatorUtilities.CreateInstance<RequestCorrection>(services, load, change, demoClock)
                .HandleAsync(staff.Clerk, receipt, new CorrectionRequestInput([await PhoneFieldAsync(id, ct)],
                    "日中にお電話がつながりませんでした。連絡のとれる電話番号をご確認のうえ、修正してください。", "10", await RevisionAsync()), ct)),
            Step.ResubmitCorrection => Result(await ResubmitPhoneAsync(id, change, demoClock, await RevisionAsync(), ct)),
            Step.Withdraw => await ActivatorUtilities.CreateInstance<WithdrawApplication>(services, change).HandleAsync(id, ct)
                ? CaseActionResult.Done
                : CaseActionResult.Conflict(ChangeCaseStatus.ChangedMeanwhile),
        };
        if (result.Outcome != CaseActionOutcome.Done)
        {
            throw new InvalidOperationException($"Demo case {receipt} ({procedure.Published.Procedure.Code}): {step} failed: {result.Problem?.En}");
        }
    }

    // The demo corrections ask for the phone number, which every demo procedure has.
    private async Task<string> PhoneFieldAsync(Guid id, CancellationToken ct)
    {
        var version = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.FormVersion).SingleAsync(ct);
        return PublishedForms.Compile(version).Definition.Pages.SelectMany(p => p.Components).First(c => c.Type == "phone").Key;
    }

    private async Task<CaseOutcome> ResubmitPhoneAsync(Guid id, ChangeCaseStatus change, TimeProvider demoClock, int revision, CancellationToken ct)
    {
        var find = services.GetRequiredService<FindOpenCorrection>();
        var open = await find.HandleAsync(id, ct) ?? throw new InvalidOperationException($"Demo case {id} has no open correction.");
        var pending = open.Pending;
        pending[open.Request.Paths[0]] = "090-1234-5678";
        await find.KeepAnswersAsync(open, pending, ct);
        return await ActivatorUtilities.CreateInstance<ResubmitCorrection>(services, change, demoClock).HandleAsync(id, revision, ct);
    }

    private static CaseActionResult Result(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Done => CaseActionResult.Done,
        CaseOutcome.Refused r => CaseActionResult.Conflict(r.Problem),
        CaseOutcome.NotAllowed n => CaseActionResult.Forbidden(n.Problem),
        _ => CaseActionResult.Conflict(new Japanese.Message(outcome.ToString(), outcome.ToString())),
    };

    private async Task<CaseActionResult> ApproveAtCurrentStepAsync(
        ApproveCase approve, string receipt, Guid id, DemoStaff staff, Func<Task<int>> revision, CancellationToken ct)
    {
        var role = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.ApprovalStepRole).SingleAsync(ct)
            ?? throw new InvalidOperationException($"Demo case {receipt} is not awaiting approval.");
        return await approve.HandleAsync(staff.For(role), receipt, await revision(), null, ct);
    }

    private async Task<CaseActionResult> ApproveUntilDecidedAsync(
        ApproveCase approve, string receipt, Guid id, DemoStaff staff, Func<Task<int>> revision, CancellationToken ct)
    {
        var result = CaseActionResult.Done;
        while (result.Outcome == CaseActionOutcome.Done
            && await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.AwaitingApproval, ct))
        {
            result = await ApproveAtCurrentStepAsync(approve, receipt, id, staff, revision, ct);
        }
        return result;
    }

    /// <summary>The demo's own clock: each case is submitted and handled on earlier days.</summary>
    private sealed class DemoClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
