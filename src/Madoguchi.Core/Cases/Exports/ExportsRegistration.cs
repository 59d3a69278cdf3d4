using Madoguchi.Core.Cases.Exports.Csv;
using Madoguchi.Core.Cases.Exports.Pdf;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases.Exports;

public static class ExportsRegistration
{
    /// <summary>The inbox CSV (limits in "Exports") and the case PDF (font files in "Pdf").</summary>
    public static IServiceCollection AddCaseExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CsvExportOptions>(configuration.GetSection(CsvExportOptions.Section));
        services.Configure<PdfFontOptions>(configuration.GetSection(PdfFontOptions.Section));
        services.AddSingleton<PdfFonts>();
        services.AddScoped<ExportInbox>();
        services.AddScoped<PrintCase>();
        return services;
    }
}
