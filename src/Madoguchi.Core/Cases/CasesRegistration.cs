using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Cases.Assignment;
using Madoguchi.Core.Cases.Attachments;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Demo;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Messages;
using Madoguchi.Core.Cases.Notes;
using Madoguchi.Core.Cases.Open;
using Madoguchi.Core.Cases.Views;

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
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<RevealIndividualNumber>();
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
        services.AddScoped<RequestCorrection>();
        services.AddScoped<CancelCorrection>();
        services.AddScoped<FindOpenCorrection>();
        services.AddScoped<ResubmitCorrection>();
        services.AddScoped<ReadCorrections>();
        services.AddScoped<SendMessage>();
        services.AddScoped<ReadMessages>();
        services.AddScoped<CaseNotes>();
        services.AddSingleton<Jobs.IBackgroundJob, PurgeUnusedCorrectionFiles>();
        return services;
    }
}
