using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Support;

/// <summary>Staff beyond the demo ones (e.g. one person holding two roles), created through Identity with the demo password.</summary>
public static class StaffAccounts
{
    public static async Task<string> CreateStaffAsync(this MadoguchiApp app, string userName, string departmentCode, params DepartmentRole[] roles)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
        var department = await db.Departments.SingleAsync(d => d.Code == departmentCode);
        var member = new StaffMember { UserName = userName, DisplayName = $"試験 {userName}", DisplayNameKana = "シケン" };
        foreach (var role in roles)
        {
            member.Memberships.Add(new DepartmentMembership { StaffMemberId = member.Id, DepartmentId = department.Id, Role = role });
        }
        var result = await users.CreateAsync(member, StaffBrowser.DemoPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return member.Id;
    }

    public static async Task<string> StaffIdAsync(this MadoguchiApp app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
