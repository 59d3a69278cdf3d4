using Madoguchi.Core.Cases.Attachments;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Cases.Views;

using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases;

public static class CasesRegistration
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<ListInbox>();
        services.AddScoped<OpenCase>();
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<RevealIndividualNumber>();
        return services;
    }
}
