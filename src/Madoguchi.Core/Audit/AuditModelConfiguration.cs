using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        // The table and trigger names are used by the migrations' triggers and by AuditChain's SQL.
        b.ToTable("AuditEntries");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorId).HasMaxLength(100);
        b.Property(e => e.ActorName).HasMaxLength(400);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.Target).HasMaxLength(AuditTrail.MaxTargetLength);
        b.Property(e => e.Details).HasMaxLength(AuditTrail.MaxDetailsLength);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.Ignore(e => e.RecordedOrder);
        // "Everything about case K7Q-4MX-93P" and "everything staff member X did".
        b.HasIndex(e => e.Target);
        b.HasIndex(e => e.ActorId);
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.ToTable("AuditHead");
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Hash).HasMaxLength(64);
        b.HasData(new AuditHead { Id = AuditHead.RowId, Sequence = 0, Hash = AuditHash.Genesis });
    }
}
