namespace Madoguchi.Core.Identity;

/// <summary>A staff member's role in one 課. One person may hold several roles and departments.</summary>
public sealed class DepartmentMembership
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public int DepartmentId { get; set; }
    public DepartmentRole Role { get; set; }
}

/// <summary>What a member may do in the department; the approval route names the first three.</summary>
public enum DepartmentRole
{
    /// <summary>担当: handles cases and drafts decisions (起案).</summary>
    Clerk,

    /// <summary>係長: first approval step.</summary>
    Chief,

    /// <summary>課長: final approval step.</summary>
    Manager,

    /// <summary>手続き作成者: writes and publishes the department's procedures.</summary>
    Author,
}
