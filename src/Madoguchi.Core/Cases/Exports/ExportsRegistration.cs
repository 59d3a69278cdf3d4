using Madoguchi.Core.Cases.Exports.Csv;
using Madoguchi.Core.Cases.Exports.Pdf;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Cases.Exports;

public static class ExportsRegistration
{
    /// <summary>The inbox CSV and the case PDF; the PDF's font files come from the "Pdf" section.</summary>
    public static IServiceCollection AddCaseExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfFontOptions>(configuration.GetSection(PdfFontOptions.Section));
        services.AddSingleton<PdfFonts>();
        services.AddScoped<ExportInbox>();
        services.AddScoped<CaseRecordReader>();
        services.AddScoped<PrintCase>();
        return services;
    }
}
