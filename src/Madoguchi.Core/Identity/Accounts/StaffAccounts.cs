using Madoguchi.Core.Audit;

using Microsoft.AspNetCore.Identity;

namespace Madoguchi.Core.Identity.Accounts;

/// <summary>
/// Changes to a staff account, each audited. Every one that should end the person's other
/// sessions changes the security stamp, which the web host checks on every request.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffMember> users, AuditedChange change)
{
    /// <summary>"Sign out everywhere" by the member, or an administrator ending someone's sessions.</summary>
    public Task<IdentityResult> EndSessionsAsync(AuditActor actor, StaffMember member, CancellationToken ct = default) =>
        change.RunAsync(actor, actor.Id == member.Id ? AuditActions.SignOutEverywhere : AuditActions.SessionsEnded, member, null, ct,
            () => users.UpdateSecurityStampAsync(member));

    /// <summary>The member changes their own password; their other sessions end.</summary>
    public Task<IdentityResult> ChangePasswordAsync(AuditActor actor, StaffMember member, string current, string next, CancellationToken ct = default) =>
        change.RunAsync(actor, AuditActions.PasswordChanged, member, null, ct,
            () => users.ChangePasswordAsync(member, current, next));

    /// <summary>An administrator sets a new password (e.g. a forgotten one); every session of the member ends.</summary>
    public Task<IdentityResult> SetPasswordAsync(AuditActor admin, StaffMember member, string password, CancellationToken ct = default) =>
        change.RunAsync(admin, AuditActions.PasswordSet, member, null, ct,
            () => users.RemovePasswordAsync(member),
            () => users.AddPasswordAsync(member, password),
            () => users.ResetAccessFailedCountAsync(member));

    /// <summary>
    /// Nobody can sign in as the member any more, and their sessions end. A lockout without end is
    /// Identity's own way to say so: the sign-in page already refuses a locked account.
    /// </summary>
    public Task<IdentityResult> DisableAsync(AuditActor admin, StaffMember member, CancellationToken ct = default) =>
        change.RunAsync(admin, AuditActions.AccountDisabled, member, null, ct,
            () => users.SetLockoutEnabledAsync(member, true),
            () => users.SetLockoutEndDateAsync(member, DateTimeOffset.MaxValue),
            () => users.UpdateSecurityStampAsync(member));

    public Task<IdentityResult> EnableAsync(AuditActor admin, StaffMember member, CancellationToken ct = default) =>
        change.RunAsync(admin, AuditActions.AccountEnabled, member, null, ct,
            () => users.SetLockoutEndDateAsync(member, null),
            () => users.ResetAccessFailedCountAsync(member));

    /// <summary>For a member who lost their authenticator: they enrol again at their next sign-in (administrators must).</summary>
    public Task<IdentityResult> ResetTwoFactorAsync(AuditActor admin, StaffMember member, CancellationToken ct = default) =>
        change.RunAsync(admin, AuditActions.TwoFactorReset, member, null, ct,
            () => users.SetTwoFactorEnabledAsync(member, false),
            () => users.ResetAuthenticatorKeyAsync(member));

    /// <summary>Disabled by an administrator (as opposed to locked for a while after failed sign-ins).</summary>
    public static bool IsDisabled(StaffMember member) => member.LockoutEnd == DateTimeOffset.MaxValue;
}
