using Madoguchi.Core.Data;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Identity;

/// <summary>
/// Demo staff for デモ市: two clerks, a chief, a manager and a procedure author in every department, plus an administrator,
/// all with one published password. Runs only with the demo city and only while no staff exists.
/// </summary>
public sealed class DemoStaffSeeder(MadoguchiDb db, UserManager<StaffMember> users, IUserStore<StaffMember> store, IPasswordHasher<StaffMember> hasher)
{
    /// <summary>Published in README.md and printed at start-up: the demo is for trying out, never for real data.</summary>
    public const string Password = "demo-password-2026";

    public const string AdministratorName = "admin";

    /// <summary>
    /// The demo administrator's authenticator key (base32), published like the password:
    /// administrators must use two-factor sign-in, and a newcomer should be able to try the
    /// administrator at once (add it to any authenticator app, or run `oathtool --totp -b KEY`).
    /// </summary>
    public const string AdministratorAuthenticatorKey = "DEMOADMINMADOGUCHIDEMOADMINKEY22";

    private static readonly (DepartmentRole Role, string Suffix, string Title, string Kana)[] Roles =
    [
        (DepartmentRole.Clerk, "clerk", "担当", "タントウ"),
        // A second clerk, so reassigning a case (担当者の変更) can be tried in the demo.
        (DepartmentRole.Clerk, "clerk2", "担当2", "タントウニ"),
        (DepartmentRole.Chief, "chief", "係長", "カカリチョウ"),
        (DepartmentRole.Manager, "manager", "課長", "カチョウ"),
        (DepartmentRole.Author, "author", "手続き作成者", "テツヅキサクセイシャ"),
    ];

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return false;
        }
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        // One hash for the one demo password: PBKDF2 is slow by design, and start-up should not be.
        var hash = hasher.HashPassword(null!, Password);
        var admin = new StaffMember { UserName = AdministratorName, DisplayName = "管理者（デモ）", DisplayNameKana = "カンリシャ", IsAdministrator = true, TwoFactorEnabled = true };
        await CreateAsync(admin, hash);
        await ((IUserAuthenticatorKeyStore<StaffMember>)store).SetAuthenticatorKeyAsync(admin, AdministratorAuthenticatorKey, ct);
        await users.UpdateAsync(admin);
        foreach (var department in departments)
        {
            foreach (var (role, suffix, title, kana) in Roles)
            {
                var member = new StaffMember { UserName = $"{department.Code}-{suffix}", DisplayName = $"{department.NameJa} {title}（デモ）", DisplayNameKana = kana };
                member.Memberships.Add(new DepartmentMembership { StaffMemberId = member.Id, DepartmentId = department.Id, Role = role });
                await CreateAsync(member, hash);
            }
        }
        return true;
    }

    private async Task CreateAsync(StaffMember member, string hash)
    {
        member.PasswordHash = hash;
        var result = await users.CreateAsync(member);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo staff {member.UserName} was refused: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
