using Madoguchi.Core.Data;
using Madoguchi.Core.Identity.Accounts;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Identity;

public static class IdentityRegistration
{
    /// <summary>Staff accounts: Identity's user manager on MadoguchiDb (the web host adds its sign-in manager).</summary>
    public static IdentityBuilder AddStaffIdentity(this IServiceCollection services)
    {
        services.AddScoped<DemoStaffSeeder>();
        services.AddStaffAccounts();
        return services.AddIdentityCore<StaffMember>(o =>
            {
                // Length over composition rules (NIST SP 800-63B; デジタル庁 guidance follows it).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<MadoguchiDb>();
    }
}
