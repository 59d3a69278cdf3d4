using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Submissions;
using Madoguchi.Japanese.Calendar;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>
/// The dashboard's figures from seeded cases of 道路河川課 (submitted at chosen times, moved through
/// the real lifecycle at chosen times), with 環境政策課 cases beside them that must never count.
/// </summary>
public sealed partial class DashboardTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Japan).ToUniversalTime();

    private static async Task<string> SubmitAtAsync(FakeTimeProvider clock, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> past, DateTimeOffset when)
    {
        clock.SetUtcNow(when);
        using var created = await past.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["receiptNumber"]!.ToString();
    }

    private async Task ActAsync(string receipt, DateTimeOffset when, params CaseAction[] actions)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var at = new FakeTimeProvider(when);
        var change = new ChangeCaseStatus(db, new AuditTrail(at), at);
        var application = await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt);
        foreach (var action in actions)
        {
            var actor = action is CaseAction.Withdraw ? CaseActor.Resident : CaseActor.Staff("seed", "試験 担当");
            Assert.True((await change.ApplyAsync(application, action, actor, null)).Succeeded, $"{action} on {receipt}");
        }
    }

    private async Task DecideAsync(string receipt, DateTimeOffset when, ApplicationStatus decision)
    {
        await ActAsync(receipt, when.AddHours(-2), CaseAction.StartReview);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            var application = await db.Applications.SingleAsync(a => a.ReceiptNumber == receipt);
            application.ProposedDecision = decision;
            await db.SaveChangesAsync();
        }
        await ActAsync(receipt, when.AddHours(-1), CaseAction.SubmitForApproval);
        await ActAsync(receipt, when, CaseAction.ApproveFinally);
    }

    [Fact]
    public async Task The_figures_are_computed_from_the_departments_cases_only()
    {
        var calendar = app.Services.GetRequiredService<BusinessCalendar>();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Japan).DateTime);
        // The clock only moves forward, so the cases are submitted in the order they arrived.
        var clock = new FakeTimeProvider(At(today.AddDays(-60), 0));
        using var past = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var old = await SubmitAtAsync(clock, past, At(today.AddDays(-40), 9));
        var first = await SubmitAtAsync(clock, past, At(today.AddDays(-29), 9));
        var second = await SubmitAtAsync(clock, past, At(today.AddDays(-29), 9, 30));
        var third = await SubmitAtAsync(clock, past, At(today.AddDays(-20), 9));
        var late = await SubmitAtAsync(clock, past, At(today.AddDays(-20), 16));
        var withdrawn = await SubmitAtAsync(clock, past, At(today.AddDays(-5), 12));
        var lateNight = await SubmitAtAsync(clock, past, At(today.AddDays(-1), 23, 30));   // 14:30 UTC: still yesterday in Japan
        await SubmitAtAsync(clock, past, At(today, 0, 5));
        var correcting = await SubmitAtAsync(clock, past, At(today, 0, 10));

        // Decided in the window after 3, 5 and 8 working days: median 5. One decided before the window.
        await DecideAsync(first, At(calendar.AddBusinessDays(today.AddDays(-29), 3), 15), ApplicationStatus.Completed);
        await DecideAsync(second, At(calendar.AddBusinessDays(today.AddDays(-29), 5), 15), ApplicationStatus.Rejected);
        await DecideAsync(third, At(calendar.AddBusinessDays(today.AddDays(-20), 8), 15), ApplicationStatus.Completed);
        await DecideAsync(old, At(calendar.AddBusinessDays(today.AddDays(-40), 1), 15), ApplicationStatus.Completed);
        // Open: one in each undecided status; the one from 20 days ago is past its 10-day 処理期限.
        await ActAsync(late, At(today.AddDays(-19), 10), CaseAction.StartReview, CaseAction.SubmitForApproval);
        await ActAsync(lateNight, At(today, 8), CaseAction.StartReview);
        await ActAsync(correcting, At(today, 0, 20), CaseAction.StartReview, CaseAction.RequestCorrection);
        await ActAsync(withdrawn, At(today.AddDays(-4), 12), CaseAction.Withdraw);
        // Another department's cases, today and decided: never counted here.
        await app.SubmitDemoAsync("inu-toroku", "他課一");
        await app.SubmitDemoAsync("inu-toroku", "他課二");

        var clerk = await app.SignedInAsync("doro-clerk");
        var html = await clerk.GetHtmlAsync("/staff/dashboard");

        Assert.Contains("data-department=\"doro\"", html, StringComparison.Ordinal);
        var perDay = PerDay(html);
        Assert.Equal(30, perDay.Count);
        Assert.Equal(today.AddDays(-29), perDay.Keys.Min());
        Assert.Equal(today, perDay.Keys.Max());
        var expected = new Dictionary<DateOnly, int> { [today.AddDays(-29)] = 2, [today.AddDays(-20)] = 2, [today.AddDays(-5)] = 1, [today.AddDays(-1)] = 1, [today] = 2 };
        Assert.All(perDay, d => Assert.Equal(expected.GetValueOrDefault(d.Key), d.Value));
        Assert.Equal(new Dictionary<string, int> { ["Received"] = 1, ["UnderReview"] = 1, ["CorrectionRequested"] = 1, ["AwaitingApproval"] = 1 }, Open(html));
        Assert.Contains("data-median=\"5\" data-decided=\"3\"", html, StringComparison.Ordinal);
        Assert.Contains("data-overdue=\"1\"", html, StringComparison.Ordinal);
        // The chart says the same as the table: 8 applications in the window, at most 2 a day.
        Assert.Contains("合計8件、最も多い日は2件", html, StringComparison.Ordinal);
        Assert.Equal(30, Regex.Count(html, @"<rect class=""chart-bar""[^>]*><title>\d+月\d+日: \d+</title>"));
    }

    [Fact]
    public async Task A_department_the_member_does_not_belong_to_is_not_found()
    {
        var clerk = await app.SignedInAsync("doro-clerk");

        using var other = await clerk.Client.GetAsync("/staff/dashboard?department=kankyo");
        using var unknown = await clerk.Client.GetAsync("/staff/dashboard?department=" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_member_of_two_departments_chooses_which_one_to_see()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            var id = await db.Users.Where(u => u.UserName == "kodomo-chief").Select(u => u.Id).SingleAsync();
            var kankyo = await db.Departments.Where(d => d.Code == "kankyo").Select(d => d.Id).SingleAsync();
            db.DepartmentMemberships.Add(new DepartmentMembership { StaffMemberId = id, DepartmentId = kankyo, Role = DepartmentRole.Clerk });
            await db.SaveChangesAsync();
        }
        var chief = await app.SignedInAsync("kodomo-chief");

        var first = await chief.GetHtmlAsync("/staff/dashboard");
        var chosen = await chief.GetHtmlAsync("/staff/dashboard?department=kankyo");

        Assert.Contains("<select id=\"department\" name=\"department\">", first, StringComparison.Ordinal);
        Assert.Contains("data-department=\"kankyo\"", chosen, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kankyo\" selected=\"selected\">", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_without_a_department_is_told_so()
    {
        var admin = await app.SignedInAsync("admin");

        var html = await admin.GetHtmlAsync("/staff/dashboard");

        Assert.Contains("所属する課がありません。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_charts_are_accessible_svg_without_inline_style_or_script()
    {
        var clerk = await app.SignedInAsync("doro-chief");

        var html = await clerk.GetHtmlAsync("/staff/dashboard");

        Assert.Equal(2, Regex.Count(html, "<svg class=\"chart\" id=\"chart-[a-z-]+\" role=\"img\" aria-labelledby=\"chart-[a-z-]+-title chart-[a-z-]+-desc\""));
        Assert.Contains("<title id=\"chart-per-day-title\">", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-open-desc\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<details>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/dashboard\"", html, StringComparison.Ordinal);
    }

    private static Dictionary<DateOnly, int> PerDay(string html) =>
        PerDayPattern().Matches(html).ToDictionary(
            m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));

    private static Dictionary<string, int> Open(string html) =>
        OpenPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"<tr data-day=""([0-9-]+)""><th scope=""row"">[^<]*</th><td>(\d+)</td></tr>")]
    private static partial Regex PerDayPattern();

    [GeneratedRegex(@"<tr data-status=""(\w+)""><th scope=""row"">[^<]*</th><td>(\d+)</td></tr>")]
    private static partial Regex OpenPattern();
}
