using Madoguchi.Core.Audit;

using Microsoft.AspNetCore.Identity;

namespace Madoguchi.Core.Identity.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238): a secret key per member, shown
/// once as text and QR code, confirmed with a code before it counts; ten recovery codes for a
/// lost phone.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<StaffMember> users, IUserStore<StaffMember> store, AuditedChange change)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to enrol with; created (without touching the sessions) the first time it is asked for.</summary>
    public async Task<string> KeyAsync(StaffMember member)
    {
        if (await users.GetAuthenticatorKeyAsync(member) is { Length: > 0 } key)
        {
            return key;
        }
        // UserManager.ResetAuthenticatorKeyAsync would also change the security stamp and end this very session.
        await ((IUserAuthenticatorKeyStore<StaffMember>)store).SetAuthenticatorKeyAsync(member, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await users.UpdateAsync(member);
        return (await users.GetAuthenticatorKeyAsync(member))!;
    }

    public async Task<bool> IsValidCodeAsync(StaffMember member, string code) =>
        Normalise(code) is { } digits
        && await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, digits);

    /// <summary>Switches two-factor on after a correct code; returns the recovery codes to show once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AuditActor actor, StaffMember member, string code, CancellationToken ct = default)
    {
        if (!await IsValidCodeAsync(member, code))
        {
            return null;
        }
        IEnumerable<string>? codes = null;
        await change.RunAsync(actor, AuditActions.TwoFactorEnabled, member, null, ct,
            () => users.SetTwoFactorEnabledAsync(member, true),
            async () =>
            {
                codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount);
                return IdentityResult.Success;
            });
        return codes?.ToList();
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AuditActor actor, StaffMember member, CancellationToken ct = default)
    {
        IEnumerable<string> codes = [];
        await change.RunAsync(actor, AuditActions.RecoveryCodesGenerated, member, null, ct, async () =>
        {
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount) ?? [];
            return IdentityResult.Success;
        });
        return codes.ToList();
    }

    /// <summary>Switches two-factor off after a correct code and forgets the key. Administrators may not.</summary>
    public async Task<bool> DisableAsync(AuditActor actor, StaffMember member, string code, CancellationToken ct = default)
    {
        if (member.IsAdministrator || !await IsValidCodeAsync(member, code))
        {
            return false;
        }
        var result = await change.RunAsync(actor, AuditActions.TwoFactorDisabled, member, null, ct,
            () => users.SetTwoFactorEnabledAsync(member, false),
            () => users.ResetAuthenticatorKeyAsync(member));
        return result.Succeeded;
    }

    /// <summary>The six digits, from what people type ("123 456", "１２３４５６"); null for anything else.</summary>
    public static string? Normalise(string? code)
    {
        if (code is null || code.Length > 20)
        {
            return null;
        }
        var digits = new string(code.Normalize(System.Text.NormalizationForm.FormKC).Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
