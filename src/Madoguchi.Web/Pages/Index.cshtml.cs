using Madoguchi.Core.Procedures;
using Madoguchi.Core.Procedures.Catalogue;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Madoguchi.Web.Pages;

/// <summary>The catalogue: every published procedure, by life event, department or words.</summary>
public sealed class IndexModel(ProcedureCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "event")]
    public string? LifeEvent { get; set; }

    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<LifeEvent> LifeEvents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Search is { Length: > 100 } s ? s[..100] : Search;
        Procedures = await catalogue.ListAsync(new CatalogueQuery(Search, Department, LifeEvent), ct);
        Departments = await catalogue.DepartmentsAsync(ct);
        LifeEvents = await catalogue.LifeEventsAsync(ct);
    }
}
