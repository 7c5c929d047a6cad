using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Alerts.Data;

internal sealed class AlertsDbContext(DbContextOptions<AlertsDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Alerts";

    public DbSet<Alert> Alerts => Set<Alert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Alert>(e =>
        {
            e.ToTable("Alerts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Ignore(x => x.Title);
            e.HasIndex(x => x.OpenKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.LastSeenUtc });
            e.HasIndex(x => x.Kind);
        });
        base.OnModelCreating(modelBuilder);
    }
}
