using System.Net;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Madoguchi.Web.Tests.Staff;

public sealed class SessionTimeoutTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes()
    {
        var (clock, browser) = await SignInWithClockAsync("zeimu-clerk");

        clock.Advance(TimeSpan.FromMinutes(29));
        using var stillIn = await browser.Client.GetAsync("/staff");
        clock.Advance(TimeSpan.FromMinutes(31));
        using var idle = await browser.Client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.True(StaffBrowser.IsLoginRedirect(idle));
    }

    [Fact]
    public async Task A_busy_session_still_ends_eight_hours_after_sign_in()
    {
        var (clock, browser) = await SignInWithClockAsync("zeimu-chief");

        // Never idle for long, so only the absolute limit can end it: still in at exactly 8 hours.
        for (var minutes = 20; minutes <= 8 * 60; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            using var working = await browser.Client.GetAsync("/staff");
            Assert.True(working.StatusCode == HttpStatusCode.OK, $"signed out after {minutes} minutes");
        }
        clock.Advance(TimeSpan.FromMinutes(20));
        using var afterWorkingDay = await browser.Client.GetAsync("/staff");

        Assert.True(StaffBrowser.IsLoginRedirect(afterWorkingDay));
    }

    private async Task<(FakeTimeProvider Clock, ResidentBrowser Browser)> SignInWithClockAsync(string userName)
    {
        // A whole second: the sign-in time is kept in seconds, so the 8-hour edge is exact.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.Zero));
        var node = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var browser = new ResidentBrowser(node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var response = await browser.LoginAsync(userName, StaffBrowser.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (clock, browser);
    }
}
