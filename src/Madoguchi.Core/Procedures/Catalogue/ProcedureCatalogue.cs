using Madoguchi.Core.Data;
using Madoguchi.Japanese.Text;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Procedures.Catalogue;

public sealed record CatalogueQuery(string? Search, string? Department, string? LifeEvent);

/// <summary>The resident's list of procedures: by department, by life event, or by words.</summary>
public sealed class ProcedureCatalogue(MadoguchiDb db)
{
    public async Task<IReadOnlyList<Procedure>> ListAsync(CatalogueQuery query, CancellationToken ct = default)
    {
        var procedures = db.Procedures.AsNoTracking().Include(p => p.Department)
            .Where(p => p.PublishedVersionId != null);
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            procedures = procedures.Where(p => p.Department.Code == query.Department);
        }
        if (!string.IsNullOrWhiteSpace(query.LifeEvent))
        {
            var code = " " + query.LifeEvent.Trim() + " ";
            procedures = procedures.Where(p => (" " + p.LifeEventCodes + " ").Contains(code));
        }
        var list = await procedures.OrderBy(p => p.Department.Id).ThenBy(p => p.Id).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(query.Search))
        {
            return list;
        }
        // A city has a few hundred procedures at most: match every word in memory on the search key.
        var text = query.Search.Length > 100 ? query.Search[..100] : query.Search;
        var words = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchKey.For).Where(w => w.Length > 0).ToArray();
        return [.. list.Where(p => words.All(w => p.SearchText.Contains(w, StringComparison.Ordinal)))];
    }

    public Task<List<Department>> DepartmentsAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);

    public Task<List<LifeEvent>> LifeEventsAsync(CancellationToken ct = default) =>
        db.LifeEvents.AsNoTracking().OrderBy(e => e.SortOrder).ToListAsync(ct);
}
