using HuijinCardHub.Admin.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Admin.Data;

internal sealed class AdminDbContext(DbContextOptions<AdminDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Admin";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.UserName);
            e.HasIndex(x => x.Action);
        });
        base.OnModelCreating(modelBuilder);
    }
}
