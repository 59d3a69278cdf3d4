using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Core.Procedures;

public static class ProceduresRegistration
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddSingleton<PublishedFormsCache>();
        services.AddScoped<PublishedForms>();
        services.AddScoped<Catalogue.ProcedureCatalogue>();
        services.AddScoped<Demo.DemoCitySeeder>();
        return services;
    }
}
