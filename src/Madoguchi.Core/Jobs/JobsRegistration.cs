using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Jobs;

public static class JobsRegistration
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Jobs").Get<JobOptions>() ?? new JobOptions();
        if (options.PollSeconds is < 1 or > 86_400 || options.LeaseSeconds is < 10 or > 86_400)
        {
            throw new InvalidOperationException("Jobs:PollSeconds must be 1–86400 and Jobs:LeaseSeconds 10–86400.");
        }
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddScoped<JobLeases>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
