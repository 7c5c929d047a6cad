using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Data;

internal sealed class KernelDbContext : ModuleDbContext
{
    public KernelDbContext(DbContextOptions options)
        : base(options)
    {
        // The kernel's saves inside a transaction (outbox messages, settings) never carry on after a failure: the
        // whole transaction is rolled back, so EF's savepoint around each save would only add two statements.
        Database.AutoSavepointsEnabled = false;
    }

    public override string ModulePrefix => "Kernel";

    public DbSet<EnabledFeatureRow> EnabledFeatures => Set<EnabledFeatureRow>();
    public DbSet<SettingsRow> Settings => Set<SettingsRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<InboxRow> Inbox => Set<InboxRow>();
    public DbSet<JobLeaseRow> JobLeases => Set<JobLeaseRow>();
    public DbSet<SiteRow> Sites => Set<SiteRow>();
    public DbSet<TemplateOverrideRow> TemplateOverrides => Set<TemplateOverrideRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnabledFeatureRow>(e =>
        {
            e.ToTable("EnabledFeatures");
            e.HasKey(x => x.FeatureId);
        });
        modelBuilder.Entity<SettingsRow>(e =>
        {
            e.ToTable("Settings");
            e.HasKey(x => x.Section);
        });
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("Outbox");
            e.HasIndex(x => new { x.Status, x.NotBeforeUtc });
            e.HasIndex(x => x.EventId);
        });
        modelBuilder.Entity<InboxRow>(e =>
        {
            e.ToTable("Inbox");
            e.HasKey(x => new { x.Handler, x.EventId });
        });
        modelBuilder.Entity<JobLeaseRow>(e =>
        {
            e.ToTable("JobLeases");
            e.HasKey(x => x.Name);
        });
        modelBuilder.Entity<SiteRow>(e => e.ToTable("Sites"));
        modelBuilder.Entity<TemplateOverrideRow>(e =>
        {
            e.ToTable("TemplateOverrides");
            e.HasIndex(x => new { x.Theme, x.Template }).IsUnique();
        });
        base.OnModelCreating(modelBuilder);
    }
}
