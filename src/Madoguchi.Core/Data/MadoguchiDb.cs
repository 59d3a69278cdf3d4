using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Cases.Messages;
using Madoguchi.Core.Cases.Notes;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Data;

/// <summary>The one database of a Madoguchi installation (SQLite or PostgreSQL, chosen at setup).</summary>
/// <remarks>
/// Staff accounts are ASP.NET Core Identity users (IdentityUserContext: users, claims, logins,
/// tokens). Identity roles are left out on purpose: what a person may do depends on the
/// department, so roles live in <see cref="DepartmentMembership"/> and administrators are a flag.
/// </remarks>
public sealed class MadoguchiDb(DbContextOptions<MadoguchiDb> options)
    : IdentityUserContext<StaffMember>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<LifeEvent> LifeEvents => Set<LifeEvent>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<FormVersion> FormVersions => Set<FormVersion>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicantNameTerm> ApplicantNameTerms => Set<ApplicantNameTerm>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<InstallationSecret> InstallationSecrets => Set<InstallationSecret>();
    public DbSet<ReceiptCounter> ReceiptCounter => Set<ReceiptCounter>();
    public DbSet<DepartmentMembership> DepartmentMemberships => Set<DepartmentMembership>();
    public DbSet<CaseHistoryEntry> CaseHistory => Set<CaseHistoryEntry>();
    public DbSet<ScheduledJob> ScheduledJobs => Set<ScheduledJob>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<AnswerRevision> AnswerRevisions => Set<AnswerRevision>();
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<InternalNote> InternalNotes => Set<InternalNote>();

    /// <summary>The audit log: add entries with <see cref="AuditTrail.Record"/>, never directly.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>ASP.NET Core data-protection keys (antiforgery), shared by every node through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MadoguchiDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type and EF cannot compare DateTimeOffset there; store UTC ticks,
        // which sort and compare correctly. PostgreSQL keeps timestamp with time zone.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToPublishedVersions();
        if (AuditChain.Pending(this).Count > 0)
        {
            throw new InvalidOperationException("Audit entries are chained by SaveChangesAsync; save them with it.");
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToPublishedVersions();
        // Recorded audit entries are numbered and hashed here, in the transaction that saves the change they describe.
        var audit = AuditChain.Pending(this);
        return audit.Count == 0
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : await AuditChain.SaveAsync(this, audit, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    // A published form version is evidence of what residents answered; it may never change.
    private void RefuseChangesToPublishedVersions()
    {
        foreach (var entry in ChangeTracker.Entries<FormVersion>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Form version {entry.Entity.Id} is published and immutable; publish a new version instead.");
            }
        }
    }
}
