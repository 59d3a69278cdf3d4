using Madoguchi.Core.Submissions;
using Madoguchi.Japanese.Text;

namespace Madoguchi.Core.Procedures;

/// <summary>What catalogue search matches against: titles, summary and department, in both languages.</summary>
public static class ProcedureSearchText
{
    public static string For(Procedure procedure, ProcedureDescription description, Department department) =>
        string.Join('\u001F', new[]
        {
            procedure.TitleJa, procedure.TitleEn, description.Summary.Ja, description.Summary.En,
            department.NameJa, department.NameEn,
        }.Select(SearchKey.For));
}
