using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Assignment;
using Madoguchi.Core.Cases.Demo;
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
        services.AddScoped<ReadInboxFilter>();
        services.AddScoped<ReadInboxChoices>();
        services.AddScoped<OpenCase>();
        services.AddScoped<ChangeCaseStatus>();
        services.AddScoped<LoadCaseAtHand>();
        services.AddScoped<ReadCaseHistory>();
        services.AddScoped<ReadCaseLifecycle>();
        services.AddScoped<StartReview>();
        services.AddScoped<AssignCase>();
        services.AddScoped<DepartmentClerks>();
        services.AddScoped<SubmitForApproval>();
        services.AddScoped<ApproveCase>();
        services.AddScoped<SendBackCase>();
        services.AddScoped<ReadApprovalRecord>();
        services.AddScoped<DemoCaseSeeder>();
        return services;
    }
}
