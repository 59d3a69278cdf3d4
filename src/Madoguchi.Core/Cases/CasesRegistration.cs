using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Open;

using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases;

public static class CasesRegistration
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<ListInbox>();
        services.AddScoped<OpenCase>();
        services.AddScoped<ChangeCaseStatus>();
        return services;
    }
}
