using Madoguchi.Core.Audit.Verify;

using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Audit;

public static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddScoped<VerifyAuditLog>();
        return services;
    }
}
