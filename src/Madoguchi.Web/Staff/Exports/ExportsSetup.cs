using Madoguchi.Core.Cases.Dashboard;
using Madoguchi.Core.Cases.Exports;

namespace Madoguchi.Web.Staff.Exports;

internal static class ExportsSetup
{
    /// <summary>The inbox CSV, the case PDF (with its font check) and the dashboard.</summary>
    public static void AddExportsAndDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseExports(configuration);
        services.AddDashboard();
        services.AddSingleton<PdfFontsCheck>();
        services.AddHostedService(s => s.GetRequiredService<PdfFontsCheck>());
    }
}
