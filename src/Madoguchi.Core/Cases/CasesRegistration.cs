using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Messages;
using Madoguchi.Core.Cases.Notes;
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
        services.AddScoped<RequestCorrection>();
        services.AddScoped<CancelCorrection>();
        services.AddScoped<FindOpenCorrection>();
        services.AddScoped<ResubmitCorrection>();
        services.AddScoped<ReadCorrections>();
        services.AddScoped<SendMessage>();
        services.AddScoped<ReadMessages>();
        services.AddScoped<CaseNotes>();
        return services;
    }
}
