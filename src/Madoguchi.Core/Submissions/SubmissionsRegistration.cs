using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Core.Submissions.Drafts;
using Madoguchi.Core.Submissions.Receipts;
using Madoguchi.Core.Submissions.Status;
using Madoguchi.Core.Submissions.Submit;
using Madoguchi.Core.Submissions.Withdraw;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Submissions;

public static class SubmissionsRegistration
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(FileStoreOptions.CreateStore(configuration));
        // 開庁日: weekends, national holidays and the year-end closing (12/29–1/3) are not business days.
        services.AddSingleton(Calendar.CityCalendar.From(configuration));
        services.AddSingleton(sp => new AccessCodes(sp.GetRequiredService<Data.InstallationKeys>().AccessCodeKey));
        services.AddSingleton(sp => new ReceiptNumbers(sp.GetRequiredService<Data.InstallationKeys>().ReceiptNumberKey));
        services.AddSingleton<ReceiptSequences>();
        services.AddScoped<DraftStore>();
        services.AddSingleton<Jobs.IBackgroundJob, PurgeExpiredDrafts>();
        services.AddScoped<UploadAttachment>();
        services.AddScoped<DuplicateCheck>();
        services.AddScoped<SubmissionBatch>();
        services.AddSingleton<SubmissionWriter>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<FindApplication>();
        services.AddScoped<WithdrawApplication>();
        return services;
    }
}
