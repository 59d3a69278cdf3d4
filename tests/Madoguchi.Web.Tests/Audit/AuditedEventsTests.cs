using System.Net;

using Madoguchi.Core.Audit;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Tests.Audit;

/// <summary>What the back office writes to the audit log today: sign-in and sign-out, and views of cases.</summary>
public sealed class AuditedEventsTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task Sign_ins_failures_and_sign_outs_are_recorded_without_anything_that_was_typed()
    {
        var browser = new ResidentBrowser(app.Browser());
        using (await browser.LoginAsync("digital-clerk", "typed-secret-wrong-password"))
        using (await browser.LoginAsync("typed-secret-unknown-name", "typed-secret-other-password"))
        using (await browser.LoginAsync("digital-clerk", StaffBrowser.DemoPassword))
        using (await browser.LogoutAsync())
        {
        }
        var clerk = await IdOfAsync("digital-clerk");

        var entries = await app.EntriesAsync();

        Assert.Contains(entries, e => e.Action == AuditActions.SignInFailed && e.ActorId == clerk && e.Target == clerk && e.Details!.Contains("\"password\"", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.SignInFailed && e.ActorKind == AuditActorKind.Anonymous && e.Details!.Contains("unknown-name", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.SignIn && e.ActorId == clerk && e.ActorName.Contains("digital-clerk", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.SignOut && e.ActorId == clerk);
        Assert.DoesNotContain(entries, e => $"{e.ActorName}|{e.Target}|{e.Details}".Contains("typed-secret", StringComparison.Ordinal)
            || $"{e.ActorName}|{e.Target}|{e.Details}".Contains(StaffBrowser.DemoPassword, StringComparison.Ordinal));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [Fact]
    public async Task The_failure_that_locks_an_account_and_attempts_while_locked_are_recorded()
    {
        var browser = new ResidentBrowser(app.Browser());
        for (var i = 0; i < 5; i++)
        {
            using var failed = await browser.LoginAsync("digital-chief", "not-the-password-" + i);
        }
        using var locked = await browser.LoginAsync("digital-chief", StaffBrowser.DemoPassword);
        var chief = await IdOfAsync("digital-chief");

        var entries = (await app.EntriesAsync()).Where(e => e.ActorId == chief).ToList();

        Assert.Equal(4, entries.Count(e => e.Action == AuditActions.SignInFailed));
        Assert.Contains(entries, e => e.Action == AuditActions.LockedOut && e.Details!.Contains("locked-after-failures", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.LockedOut && e.Details!.Contains("attempt-while-locked", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Action == AuditActions.SignIn);
    }

    [Fact]
    public async Task Opening_a_case_is_a_recorded_view_and_another_departments_404_records_none()
    {
        var receipt = await app.SubmitDemoAsync("doro-tsuho");
        var own = await app.SignedInAsync("doro-chief");
        var other = await app.SignedInAsync("kodomo-chief");

        using var shown = await own.Client.GetAsync($"/staff/applications/{receipt}");
        using var hidden = await other.Client.GetAsync($"/staff/applications/{receipt}");
        var views = (await app.EntriesAsync()).Where(e => e.Action == AuditActions.CaseViewed && e.Target == receipt).ToList();

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(shown.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var view = Assert.Single(views);
        Assert.Equal(await IdOfAsync("doro-chief"), view.ActorId);
        Assert.Equal(AuditActorKind.Staff, view.ActorKind);
    }

    private Task<string> IdOfAsync(string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
