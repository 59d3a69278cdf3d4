using Madoguchi.Core.Procedures;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Identity;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.Property(s => s.DisplayName).HasMaxLength(100);
        b.Property(s => s.DisplayNameKana).HasMaxLength(200);
        b.HasMany(s => s.Memberships).WithOne().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DepartmentMembershipConfiguration : IEntityTypeConfiguration<DepartmentMembership>
{
    public void Configure(EntityTypeBuilder<DepartmentMembership> b)
    {
        b.HasIndex(m => new { m.StaffMemberId, m.DepartmentId, m.Role }).IsUnique();
        b.HasIndex(m => m.DepartmentId);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Department>().WithMany().HasForeignKey(m => m.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
