using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Madoguchi.Core.Data;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.Code).HasMaxLength(40);
        b.Property(d => d.NameJa).HasMaxLength(100);
        b.Property(d => d.NameEn).HasMaxLength(200);
    }
}

internal sealed class LifeEventConfiguration : IEntityTypeConfiguration<LifeEvent>
{
    public void Configure(EntityTypeBuilder<LifeEvent> b)
    {
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Code).HasMaxLength(40);
    }
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(60);
        b.Property(p => p.DuplicatePolicy).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.PaymentTiming).HasConversion<string>().HasMaxLength(20);
        b.HasOne(p => p.PublishedVersion).WithMany().HasForeignKey(p => p.PublishedVersionId);
    }
}

internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> b)
    {
        b.HasIndex(v => new { v.ProcedureId, v.Version }).IsUnique();
        b.HasOne<Procedure>().WithMany().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Sha256).HasMaxLength(64);
    }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        // Looked up by its sequence number (ReceiptNumbers.SequenceOf), which grows: a random 受付番号's
        // own index took a random page of the index per application. One number, one sequence number.
        b.HasIndex(a => a.ReceiptSequence).IsUnique();
        b.HasIndex(a => new { a.ProcedureId, a.IdempotencyKey }).IsUnique();
        b.HasIndex(a => new { a.ProcedureId, a.DuplicateFingerprint, a.SubmittedAt });
        // The staff inbox pages by (SubmittedAt desc, Id) within a procedure's department.
        b.HasIndex(a => new { a.ProcedureId, a.SubmittedAt, a.Id });
        // Newest first across a department's procedures: walked backwards until a page is full
        // (bench/Madoguchi.Bench.Inbox: 2.8 s → 11 ms for the first page of 1,000,000 on PostgreSQL).
        b.HasIndex(a => new { a.SubmittedAt, a.Id });
        // Inbox filters (Cases/Inbox): status, 担当者, overdue, and "awaiting my approval" (only cases in approval have a step role).
        b.HasIndex(a => new { a.ProcedureId, a.Status, a.SubmittedAt });
        // One status newest first across a department's procedures, walked backwards as above
        // (bench/Madoguchi.Bench.Inbox: without it SQLite sorted every case of the status).
        b.HasIndex(a => new { a.Status, a.SubmittedAt, a.Id });
        b.HasIndex(a => new { a.AssignedToId, a.Status });
        b.HasIndex(a => new { a.ProcedureId, a.DueOn });
        b.HasIndex(a => new { a.ApprovalStepRole, a.ProcedureId }).HasFilter("\"ApprovalStepRole\" IS NOT NULL");
        b.Property(a => a.AssignedToId).HasMaxLength(450);
        b.Property(a => a.DraftedById).HasMaxLength(450);
        b.Property(a => a.ApprovalRoute).HasMaxLength(200);
        b.Property(a => a.ApprovalStepRole).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ReceiptNumber).HasMaxLength(16);
        b.Property(a => a.IdempotencyKey).HasMaxLength(100);
        b.Property(a => a.RequestHash).HasMaxLength(64);
        b.Property(a => a.DuplicateFingerprint).HasMaxLength(64);
        b.Property(a => a.PossibleDuplicateOf).HasMaxLength(16);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.ProposedDecision).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Revision).IsConcurrencyToken();
        b.Property(a => a.Channel).HasConversion<string>().HasMaxLength(10);
        b.HasOne(a => a.Procedure).WithMany().HasForeignKey(a => a.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.FormVersion).WithMany().HasForeignKey(a => a.FormVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Attachments).WithOne().HasForeignKey(x => x.ApplicationId);
        b.HasMany(a => a.NameTerms).WithOne().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicantNameTermConfiguration : IEntityTypeConfiguration<ApplicantNameTerm>
{
    public void Configure(EntityTypeBuilder<ApplicantNameTerm> b)
    {
        b.ToTable("ApplicantNameTerms");
        b.HasKey(t => new { t.ApplicationId, t.Term });
        // The name search walks one term's applications newest first and stops when a page is full.
        b.HasIndex(t => new { t.Term, t.SubmittedAt, t.ApplicationId });
        b.Property(t => t.Term).HasMaxLength(ApplicantNameTerm.MaxLength);
    }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> b)
    {
        b.HasIndex(d => d.SecretHash).IsUnique();
        b.Property(d => d.SecretHash).HasMaxLength(64);
        b.HasIndex(d => d.ExpiresAt);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.Id).HasMaxLength(64);
        b.Property(a => a.FieldKey).HasMaxLength(100);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StorageKey).HasMaxLength(200);
        b.HasIndex(a => a.DraftId);
        b.HasIndex(a => a.CorrectionRequestId);
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> b)
    {
        b.ToTable("ReceiptCounter");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasData(new ReceiptCounter { Id = ReceiptCounter.TheOnly, Next = 1 });
    }
}

internal sealed class InstallationSecretConfiguration : IEntityTypeConfiguration<InstallationSecret>
{
    public void Configure(EntityTypeBuilder<InstallationSecret> b)
    {
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(60);
    }
}

internal sealed class CaseHistoryEntryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> b)
    {
        b.ToTable("CaseHistory");
        b.HasIndex(h => new { h.ApplicationId, h.Id });
        b.HasOne<Application>().WithMany().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(h => h.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.ActorKind).HasConversion<string>().HasMaxLength(10);
        b.Property(h => h.StaffMemberId).HasMaxLength(450);
        b.Property(h => h.ActorName).HasMaxLength(100);
        b.Property(h => h.Comment).HasMaxLength(4000);
        b.Property(h => h.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.ProposedDecision).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.AssigneeId).HasMaxLength(450);
        b.Property(h => h.AssigneeName).HasMaxLength(100);
        b.Property(h => h.PreviousAssigneeName).HasMaxLength(100);
    }
}

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> b)
    {
        b.HasKey(j => j.Name);
        b.Property(j => j.Name).HasMaxLength(60);
        b.Property(j => j.LeaseOwner).HasMaxLength(200);
        b.Property(j => j.LastRunBy).HasMaxLength(200);
        b.Property(j => j.LastOutcome).HasMaxLength(200);
    }
}
