using System.Text.Json.Nodes;

using Madoguchi.Core.Procedures;
using Madoguchi.Core.Procedures.Catalogue;

namespace Madoguchi.Web.Api;

internal static class ProceduresApi
{
    public static void MapProceduresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/procedures", ListAsync).WithName("ListProcedures");
        api.MapGet("/procedures/{id}/form", FormAsync).WithName("GetProcedureForm");
    }

    private static async Task<IResult> ListAsync(ProcedureCatalogue catalogue, CancellationToken ct)
    {
        var procedures = await catalogue.ListAsync(new CatalogueQuery(null, null, null), ct);
        return TypedResults.Ok(procedures.Select(p => new
        {
            id = p.Code,
            title = new { ja = p.TitleJa, en = p.TitleEn },
            department = new { code = p.Department.Code, ja = p.Department.NameJa, en = p.Department.NameEn },
            lifeEvents = p.LifeEventCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            standardProcessingDays = p.StandardProcessingDays,
            formUrl = $"/api/v1/procedures/{p.Code}/form",
        }));
    }

    private static async Task<IResult> FormAsync(string id, PublishedForms forms, CancellationToken ct)
    {
        var published = await forms.FindAsync(id, ct);
        if (published is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Unknown procedure.", $"手続き「{Shorten(id)}」は見つかりません。");
        }
        return TypedResults.Ok(new
        {
            id = published.Procedure.Code,
            version = published.Version.Version,
            sha256 = published.Version.Sha256,
            definition = JsonNode.Parse(published.Version.DefinitionJson),
        });
    }

    internal static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
