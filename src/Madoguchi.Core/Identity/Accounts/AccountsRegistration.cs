using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Identity.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddScoped<AuditedChange>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<TwoFactorEnrolment>();
        return services;
    }
}
