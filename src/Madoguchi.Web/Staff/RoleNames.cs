using Madoguchi.Core.Identity;

namespace Madoguchi.Web.Staff;

internal static class RoleNames
{
    public static string Japanese(DepartmentRole role) => role switch
    {
        DepartmentRole.Clerk => "担当",
        DepartmentRole.Chief => "係長",
        DepartmentRole.Manager => "課長",
        DepartmentRole.Author => "手続き作成者",
    };
}
