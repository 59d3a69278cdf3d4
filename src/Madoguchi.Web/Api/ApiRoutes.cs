namespace Madoguchi.Web.Api;

internal static class ApiRoutes
{
    public static void MapMadoguchiApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").DisableAntiforgery().WithTags("Residents");
        v1.MapProceduresApi();
        v1.MapApplicationsApi();
        v1.MapPostalCodesApi();
    }
}
