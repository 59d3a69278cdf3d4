using Madoguchi.Core.Identity;

namespace Madoguchi.Core.Cases.Approval;

/// <summary>
/// A procedure's 決裁ルート: the roles that act in order, written as space-separated role names
/// ("clerk chief manager"). Step 0 is always the clerk's 起案; steps 1.. are the approvers, the
/// last of whom makes the decision final. "clerk" alone means the clerk decides without approval.
/// </summary>
public sealed record ApprovalRoute
{
    private ApprovalRoute(IReadOnlyList<DepartmentRole> steps, string text)
    {
        Steps = steps;
        Text = text;
    }

    /// <summary>The role acting at each step; index 0 is the clerk who drafts.</summary>
    public IReadOnlyList<DepartmentRole> Steps { get; }

    /// <summary>The canonical written form, as stored on a case for the round it was used in.</summary>
    public string Text { get; }

    public bool HasApprovers => Steps.Count > 1;

    public int LastStep => Steps.Count - 1;

    public bool IsLast(int step) => step == LastStep;

    /// <summary>Reads a route; null when it is empty, names an unknown role or does not start with the clerk.</summary>
    public static ApprovalRoute? Parse(string? text)
    {
        var names = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var steps = new List<DepartmentRole>(names.Length);
        foreach (var name in names)
        {
            DepartmentRole? role = name switch
            {
                "clerk" => DepartmentRole.Clerk,
                "chief" => DepartmentRole.Chief,
                "manager" => DepartmentRole.Manager,
                _ => null,
            };
            if (role is null)
            {
                return null;
            }
            steps.Add(role.Value);
        }
        if (steps is not [DepartmentRole.Clerk, ..])
        {
            return null;
        }
        return new ApprovalRoute(steps, string.Join(' ', names));
    }
}
