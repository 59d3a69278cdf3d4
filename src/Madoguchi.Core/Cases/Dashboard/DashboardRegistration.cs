using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases.Dashboard;

public static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddScoped<ReadDashboard>();
}
