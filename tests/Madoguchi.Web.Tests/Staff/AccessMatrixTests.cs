using System.Collections.Concurrent;
using System.Net;

using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Staff;

/// <summary>
/// Every staff endpoint and case action × every role × own or another department, generated from one
/// table. The case always belongs to こども未来課 (kodomo, route clerk → chief → manager); "own" signs in as
/// its demo staff, "other" as 市民課's. Another department's case is 404 for GET and POST alike; the
/// administrator belongs to no department and sees no case.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Sessions sessions) : IClassFixture<AccessMatrixTests.Sessions>
{
    private const string Done = "done";
    private const string Login = "login";
    private const string NotFound = "404";
    private const string Forbidden = "403";
    private const string Invalid = "400";
    private const string Ok = "200";

    private static readonly string[] Roles = ["anonymous", "clerk", "chief", "manager", "author", "admin"];
    private static readonly string[] Departments = ["own", "other"];

    /// <summary>What each role gets in its own department; another department's case is always 404 (see <see cref="Expected"/>).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> OwnDepartment = new()
    {
        ["inbox"] = new() { ["clerk"] = Ok, ["chief"] = Ok, ["manager"] = Ok, ["author"] = Ok, ["admin"] = Ok },
        ["login"] = new() { ["clerk"] = Ok, ["chief"] = Ok, ["manager"] = Ok, ["author"] = Ok, ["admin"] = Ok },
        ["logout"] = new() { ["clerk"] = Done, ["chief"] = Done, ["manager"] = Done, ["author"] = Done, ["admin"] = Done },
        ["case"] = new() { ["clerk"] = Ok, ["chief"] = Ok, ["manager"] = Ok, ["author"] = Ok, ["admin"] = NotFound },
        ["Assign"] = new() { ["clerk"] = Done, ["chief"] = Done, ["manager"] = Done, ["author"] = Forbidden, ["admin"] = NotFound },
        // Anyone may assign, but only a clerk can become the 担当者.
        ["AssignToMe"] = new() { ["clerk"] = Done, ["chief"] = Invalid, ["manager"] = Invalid, ["author"] = Forbidden, ["admin"] = NotFound },
        ["StartReview"] = new() { ["clerk"] = Done, ["chief"] = Forbidden, ["manager"] = Forbidden, ["author"] = Forbidden, ["admin"] = NotFound },
        ["Draft"] = new() { ["clerk"] = Done, ["chief"] = Forbidden, ["manager"] = Forbidden, ["author"] = Forbidden, ["admin"] = NotFound },
        ["ApproveStep"] = new() { ["clerk"] = Forbidden, ["chief"] = Done, ["manager"] = Forbidden, ["author"] = Forbidden, ["admin"] = NotFound },
        ["ApproveFinally"] = new() { ["clerk"] = Forbidden, ["chief"] = Forbidden, ["manager"] = Done, ["author"] = Forbidden, ["admin"] = NotFound },
        ["SendBack"] = new() { ["clerk"] = Forbidden, ["chief"] = Done, ["manager"] = Forbidden, ["author"] = Forbidden, ["admin"] = NotFound },
    };

    private static readonly string[] PageEndpoints = ["inbox", "login", "logout"];

    public static TheoryData<string, string, string> Matrix()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var endpoint in OwnDepartment.Keys)
        {
            foreach (var role in Roles)
            {
                foreach (var department in Departments)
                {
                    rows.Add(endpoint, role, department);
                }
            }
        }
        return rows;
    }

    private static string Expected(string endpoint, string role, string department) => (endpoint, role, department) switch
    {
        ("login", _, _) => Ok,
        (_, "anonymous", _) => Login,
        _ when PageEndpoints.Contains(endpoint) => OwnDepartment[endpoint][role],
        (_, _, "other") => NotFound,
        _ => OwnDepartment[endpoint][role],
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_in_its_own_or_another_department_gets_what_the_table_says(string endpoint, string role, string department)
    {
        var app = sessions.App;
        var receipt = await sessions.CaseForAsync(endpoint);
        var before = await app.LoadAsync(receipt);
        var browser = role == "anonymous" ? new ResidentBrowser(app.Browser()) : await sessions.SignedInAsync(UserName(role, department));
        // Any page the visitor may open gives a token for their session; the login page is open to everyone.
        var token = Html.AntiforgeryToken(await browser.GetHtmlAsync(role == "anonymous" ? "/staff/login" : "/staff"));
        var revision = before.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = endpoint switch
        {
            "inbox" => await browser.Client.GetAsync("/staff"),
            "login" => await browser.Client.GetAsync("/staff/login"),
            "case" => await browser.Client.GetAsync(CasePage.Url(receipt)),
            "logout" => await browser.Client.PostAsync("/staff/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])),
            "ApproveStep" or "ApproveFinally" => await browser.PostActionAsync(receipt, "Approve", revision, token),
            _ => await browser.PostActionAsync(receipt, endpoint, revision, token, await sessions.FieldsForAsync(endpoint)),
        };

        var expected = Expected(endpoint, role, department);
        var body = await response.Content.ReadAsStringAsync();
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.NotFound => NotFound,
            HttpStatusCode.Forbidden => Forbidden,
            HttpStatusCode.BadRequest => Invalid,
            // The challenge carries a ReturnUrl; signing out goes to the bare login page.
            HttpStatusCode.Redirect when StaffBrowser.IsLoginRedirect(response) && response.Headers.Location!.OriginalString != "/staff/login" => Login,
            HttpStatusCode.Redirect => Done,
            _ => response.StatusCode.ToString(),
        };
        Assert.True(expected == actual, $"{endpoint} by {role} ({department}): expected {expected}, got {actual} ({(int)response.StatusCode})\n{CasePage.ErrorSummary(body)}");

        var after = await app.LoadAsync(receipt);
        if (expected == Done && !PageEndpoints.Contains(endpoint))
        {
            Assert.Equal($"{CasePage.Url(receipt)}?done={(endpoint.StartsWith("Approve", StringComparison.Ordinal) ? "Approve" : endpoint)}", response.Headers.Location!.OriginalString);
            Assert.True(after.Revision > before.Revision);
        }
        else
        {
            Assert.Equal(before.Revision, after.Revision);
        }
        if (endpoint == "logout" && role != "anonymous")
        {
            Assert.Equal("/staff/login", response.Headers.Location!.OriginalString);
            sessions.Forget(UserName(role, department));
        }
        if (endpoint == "inbox" && role != "anonymous")
        {
            Assert.Equal(department == "own" && role != "admin", body.Contains($"data-receipt=\"{receipt}\"", StringComparison.Ordinal));
        }
        if (expected == NotFound)
        {
            Assert.DoesNotContain(receipt, body);
        }
    }

    private static string UserName(string role, string department) =>
        role == "admin" ? "admin" : $"{(department == "own" ? "kodomo" : "shimin")}-{role}";

    /// <summary>The app, its signed-in browsers (one login per person), and cases prepared in the state each action needs.</summary>
    public sealed class Sessions : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<ResidentBrowser>>> browsers = new(StringComparer.Ordinal);
        private int names;

        public MadoguchiApp App { get; } = new();

        public Task<ResidentBrowser> SignedInAsync(string userName) =>
            browsers.GetOrAdd(userName, u => new Lazy<Task<ResidentBrowser>>(() => App.SignedInAsync(u))).Value;

        public void Forget(string userName) => browsers.TryRemove(userName, out _);

        /// <summary>A fresh こども未来課 case in the state where <paramref name="endpoint"/> is allowed by the state machine.</summary>
        public async Task<string> CaseForAsync(string endpoint)
        {
            var receipt = await App.SubmitDemoAsync("jido-teate", $"行列{Interlocked.Increment(ref names)}");
            var steps = endpoint switch
            {
                "Draft" => 1,
                "ApproveStep" or "SendBack" => 2,
                "ApproveFinally" => 3,
                _ => 0,
            };
            using var scope = App.Services.CreateScope();
            var services = scope.ServiceProvider;
            var clerk = await App.StaffIdAsync("kodomo-clerk");
            async Task<int> Revision() => (await App.LoadAsync(receipt)).Revision;
            if (steps >= 1)
            {
                Assert.Equal(CaseActionOutcome.Done, (await services.GetRequiredService<StartReview>().HandleAsync(clerk, receipt, await Revision())).Outcome);
            }
            if (steps >= 2)
            {
                var drafted = await services.GetRequiredService<SubmitForApproval>().HandleAsync(clerk, receipt, await Revision(), nameof(ApplicationStatus.Completed), "起案");
                Assert.Equal(CaseActionOutcome.Done, drafted.Outcome);
            }
            if (steps >= 3)
            {
                var chief = await App.StaffIdAsync("kodomo-chief");
                Assert.Equal(CaseActionOutcome.Done, (await services.GetRequiredService<ApproveCase>().HandleAsync(chief, receipt, await Revision(), null)).Outcome);
            }
            return receipt;
        }

        public async Task<(string, string)[]> FieldsForAsync(string endpoint) => endpoint switch
        {
            "Assign" => [("Assignee", await App.StaffIdAsync("kodomo-clerk2"))],
            "Draft" => [("Decision", "Completed"), ("Comment", "起案します")],
            "SendBack" => [("Comment", "差し戻します")],
            _ => [],
        };

        public void Dispose() => App.Dispose();
    }
}
