using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Cases.Corrections;

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> b)
    {
        // One round number per application: two clerks racing create one request, not two.
        b.HasIndex(r => new { r.ApplicationId, r.Round }).IsUnique();
        b.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.RequestedByStaffMemberId).HasMaxLength(450);
        b.Property(r => r.RequestedByName).HasMaxLength(100);
        b.Property(r => r.ClosedByName).HasMaxLength(100);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Ignore(r => r.Paths);
    }
}

internal sealed class AnswerRevisionConfiguration : IEntityTypeConfiguration<AnswerRevision>
{
    public void Configure(EntityTypeBuilder<AnswerRevision> b)
    {
        // A race between two resubmissions ends in one of them failing here.
        b.HasIndex(r => new { r.ApplicationId, r.Number }).IsUnique();
        b.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CorrectionRequest>().WithMany().HasForeignKey(r => r.CorrectionRequestId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ActorKind).HasConversion<string>().HasMaxLength(10);
    }
}
