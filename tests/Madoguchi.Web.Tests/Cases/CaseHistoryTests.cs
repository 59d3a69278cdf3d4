using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

public sealed class CaseHistoryTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private async Task<Guid> SubmitAsync()
    {
        using var created = await app.CreateClient().SubmitAsync("doro-tsuho", DemoAnswers.For("doro-tsuho"), Guid.NewGuid().ToString());
        var receipt = (await created.JsonAsync())["receiptNumber"]!.ToString();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        return await db.Applications.Where(a => a.ReceiptNumber == receipt).Select(a => a.Id).SingleAsync();
    }

    [Fact]
    public async Task A_status_change_records_who_when_and_why()
    {
        var id = await SubmitAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var change = scope.ServiceProvider.GetRequiredService<ChangeCaseStatus>();
        var application = await db.Applications.SingleAsync(a => a.Id == id);

        var result = await change.ApplyAsync(application, CaseAction.StartReview, CaseActor.Staff("staff-1", "窓口 花子"), "書類を確認します");

        Assert.True(result.Succeeded);
        Assert.Equal(ApplicationStatus.UnderReview, result.Status);
        db.ChangeTracker.Clear();
        var entry = await db.CaseHistory.SingleAsync(h => h.ApplicationId == id);
        Assert.Equal(CaseEventKind.StatusChanged, entry.Kind);
        Assert.Equal(CaseAction.StartReview, entry.Action);
        Assert.Equal(ApplicationStatus.Received, entry.FromStatus);
        Assert.Equal(ApplicationStatus.UnderReview, entry.ToStatus);
        Assert.Equal("staff-1", entry.StaffMemberId);
        Assert.Equal("窓口 花子", entry.ActorName);
        Assert.Equal("書類を確認します", entry.Comment);
        Assert.Equal(ApplicationStatus.UnderReview, (await db.Applications.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_and_changes_nothing()
    {
        var id = await SubmitAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var change = scope.ServiceProvider.GetRequiredService<ChangeCaseStatus>();
        var application = await db.Applications.SingleAsync(a => a.Id == id);

        var result = await change.ApplyAsync(application, CaseAction.SubmitForApproval, CaseActor.Staff("staff-1", "窓口 花子"), null);

        Assert.False(result.Succeeded);
        Assert.Contains("起案", result.Problem!.Ja, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(ApplicationStatus.Received, (await db.Applications.SingleAsync(a => a.Id == id)).Status);
        Assert.False(await db.CaseHistory.AnyAsync(h => h.ApplicationId == id));
    }

    [Fact]
    public async Task Two_people_acting_on_the_same_state_cannot_both_succeed()
    {
        var id = await SubmitAsync();
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var firstDb = first.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var secondDb = second.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var seenByFirst = await firstDb.Applications.SingleAsync(a => a.Id == id);
        var seenBySecond = await secondDb.Applications.SingleAsync(a => a.Id == id);

        var a = await first.ServiceProvider.GetRequiredService<ChangeCaseStatus>()
            .ApplyAsync(seenByFirst, CaseAction.StartReview, CaseActor.Staff("staff-1", "一人目"), null);
        var b = await second.ServiceProvider.GetRequiredService<ChangeCaseStatus>()
            .ApplyAsync(seenBySecond, CaseAction.StartReview, CaseActor.Staff("staff-2", "二人目"), null);

        Assert.True(a.Succeeded);
        Assert.False(b.Succeeded);
        Assert.Equal(ChangeCaseStatus.ChangedMeanwhile, b.Problem);
        firstDb.ChangeTracker.Clear();
        Assert.Single(await firstDb.CaseHistory.Where(h => h.ApplicationId == id).ToListAsync());
    }
}
