using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Cases.Messages;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> b)
    {
        b.HasIndex(m => new { m.ApplicationId, m.Id });
        // The resident's rate limit counts their recent messages per case.
        b.HasIndex(m => new { m.ApplicationId, m.From, m.At });
        b.HasOne<Application>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.From).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.StaffMemberId).HasMaxLength(450);
        b.Property(m => m.AuthorName).HasMaxLength(100);
    }
}
