using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Cases.Notes;

internal sealed class InternalNoteConfiguration : IEntityTypeConfiguration<InternalNote>
{
    public void Configure(EntityTypeBuilder<InternalNote> b)
    {
        b.HasIndex(n => new { n.ApplicationId, n.Id });
        b.HasOne<Application>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.StaffMemberId).HasMaxLength(450);
        b.Property(n => n.AuthorName).HasMaxLength(100);
    }
}
