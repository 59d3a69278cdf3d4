using Microsoft.AspNetCore.Identity;

namespace Madoguchi.Core.Identity;

/// <summary>A person working in the back office (職員). Signs in with a user name and password.</summary>
public sealed class StaffMember : IdentityUser
{
    /// <summary>The name colleagues and the audit trail see, as typed (e.g. 窓口 花子).</summary>
    public required string DisplayName { get; set; }

    /// <summary>Its reading in katakana (フリガナ), for sorting and search.</summary>
    public required string DisplayNameKana { get; set; }

    /// <summary>Administrators manage staff and settings; by itself it opens no department's cases.</summary>
    public bool IsAdministrator { get; set; }

    public List<DepartmentMembership> Memberships { get; set; } = [];
}
