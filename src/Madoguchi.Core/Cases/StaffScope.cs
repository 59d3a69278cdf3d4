using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Cases;

/// <summary>
/// The applications a staff member may see: those of procedures owned by a department they belong
/// to. Every back-office query starts here, so scoping is part of the SQL, never a later check.
/// </summary>
public static class StaffScope
{
    public static IQueryable<Application> ApplicationsVisibleTo(this MadoguchiDb db, string staffMemberId) =>
        db.Applications.Where(a => db.DepartmentMemberships
            .Any(m => m.StaffMemberId == staffMemberId && m.DepartmentId == a.Procedure.DepartmentId));
}
