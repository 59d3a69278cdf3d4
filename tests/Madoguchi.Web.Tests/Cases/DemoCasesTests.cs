using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

/// <summary>The demo city's cases: every state in every department, made through the real services, seeded once.</summary>
public sealed class DemoCasesTests : IDisposable
{
    private readonly MadoguchiApp app = new();

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithDemoCases() =>
        app.WithWebHostBuilder(b => b.UseSetting("Database:SeedDemoCases", "true"));

    [Fact]
    public async Task Every_department_has_a_case_in_every_state_with_a_history_the_state_machine_allows()
    {
        using var demo = WithDemoCases();
        using var scope = demo.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();

        var cases = await db.Applications.AsNoTracking()
            .Where(a => a.IdempotencyKey!.StartsWith("demo-case:"))
            .Select(a => new { a.Id, a.IdempotencyKey, a.Status, a.ApprovalStep, a.ApprovalRound, Department = a.Procedure.Department.Code, a.SubmittedAt, a.DueOn })
            .ToListAsync();
        var history = (await db.CaseHistory.AsNoTracking().ToListAsync()).ToLookup(h => h.ApplicationId);

        foreach (var department in new[] { "shimin", "zeimu", "kankyo", "kodomo", "doro", "digital" })
        {
            var mine = cases.Where(c => c.Department == department).ToList();
            Assert.Equal(10, mine.Count);
            Assert.Equal(
                [
                    // Under review: just started, overdue, and answered after a correction.
                    (ApplicationStatus.Received, (int?)null), (ApplicationStatus.UnderReview, null), (ApplicationStatus.UnderReview, null),
                    (ApplicationStatus.UnderReview, null), (ApplicationStatus.CorrectionRequested, null), (ApplicationStatus.AwaitingApproval, 1), (ApplicationStatus.AwaitingApproval, 2),
                    (ApplicationStatus.Completed, null), (ApplicationStatus.Rejected, null), (ApplicationStatus.Withdrawn, null),
                ],
                mine.Select(c => (c.Status, c.ApprovalStep)).OrderBy(s => s.Status).ThenBy(s => s.ApprovalStep));
            // The step-1 case went through a send-back first: its current round is the second.
            Assert.Equal(2, mine.Single(c => c.ApprovalStep == 1).ApprovalRound);
        }
        var today = JapanDate.Today(TimeProvider.System);
        Assert.All(cases.Where(c => c.IdempotencyKey!.EndsWith(":overdue", StringComparison.Ordinal)),
            c => Assert.True(CaseDeadline.IsOverdue(c.Status, c.DueOn, today)));
        foreach (var c in cases)
        {
            var status = ApplicationStatus.Received;
            var at = c.SubmittedAt;
            foreach (var line in history[c.Id].OrderBy(h => h.Id))
            {
                Assert.True(CaseStateMachine.Allows(status, line.Action!.Value, line.ActorKind), $"{c.IdempotencyKey}: {line.Action} from {status}");
                Assert.Equal(status, line.FromStatus);
                Assert.True(line.At >= at, $"{c.IdempotencyKey}: {line.Action} before the previous step");
                status = line.ToStatus!.Value;
                at = line.At;
            }
            Assert.Equal(c.Status, status);
        }
    }

    [Fact]
    public async Task Starting_again_seeds_nothing_twice_and_leaves_what_staff_did_alone()
    {
        using (var first = WithDemoCases())
        {
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            var received = await db.Applications.SingleAsync(a => a.IdempotencyKey == "demo-case:kodomo:received");
            received.Status = ApplicationStatus.UnderReview;
            await db.SaveChangesAsync();
        }

        using var second = WithDemoCases();
        using var check = second.Services.CreateScope();
        var again = check.ServiceProvider.GetRequiredService<MadoguchiDb>();
        Assert.Equal(60, await again.Applications.CountAsync(a => a.IdempotencyKey!.StartsWith("demo-case:")));
        Assert.Equal(ApplicationStatus.UnderReview, (await again.Applications.SingleAsync(a => a.IdempotencyKey == "demo-case:kodomo:received")).Status);
    }

    [Fact]
    public async Task Without_the_demo_staff_no_demo_cases_are_made()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            await db.Users.Where(u => u.UserName == "kodomo-manager").ExecuteDeleteAsync();
        }

        using var demo = WithDemoCases();
        using var check = demo.Services.CreateScope();
        var seeded = await check.ServiceProvider.GetRequiredService<MadoguchiDb>().Applications
            .Where(a => a.IdempotencyKey!.StartsWith("demo-case:")).Select(a => a.Procedure.Department.Code).Distinct().ToListAsync();
        Assert.DoesNotContain("kodomo", seeded);
        Assert.Contains("shimin", seeded);
    }

    [Fact]
    public async Task The_drafts_behind_back_dated_demo_cases_are_not_expired_so_the_draft_purge_cannot_take_them()
    {
        // The seeder back-dates each case, but a draft started at the back-dated time was already
        // past its 30 days for the 45-day-old case: the node's draft purge, which runs at start-up
        // beside the seeder, could delete it (and its files) before the submission linked it.
        using var demo = WithDemoCases();
        using var scope = demo.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var now = DateTimeOffset.UtcNow;

        var withFiles = await db.Applications.AsNoTracking()
            .Where(a => a.IdempotencyKey!.StartsWith("demo-case:") && db.Attachments.Any(f => f.ApplicationId == a.Id))
            .Select(a => new { a.Id, a.IdempotencyKey })
            .ToListAsync();

        Assert.Contains(withFiles, a => a.IdempotencyKey!.EndsWith(":overdue", StringComparison.Ordinal));
        foreach (var application in withFiles)
        {
            var draft = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.ApplicationId == application.Id);
            Assert.True(draft is not null && draft.ExpiresAt > now, $"{application.IdempotencyKey}: its draft is gone or expired");
        }
    }

    public void Dispose() => app.Dispose();
}
