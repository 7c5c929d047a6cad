using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Balance.Data;

internal sealed class BalanceDbContext(DbContextOptions<BalanceDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Balance";

    public DbSet<BalanceAccount> Accounts => Set<BalanceAccount>();

    public DbSet<LedgerEntry> Movements => Set<LedgerEntry>();

    public DbSet<ChainHead> ChainHeads => Set<ChainHead>();

    public DbSet<MemberName> Members => Set<MemberName>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BalanceAccount>(e =>
        {
            e.ToTable("Accounts");
            e.HasKey(x => x.UserId);
        });
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("Movements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasIndex(x => x.Sequence).IsUnique();
            e.HasIndex(x => new { x.UserId, x.Kind, x.Reference }).IsUnique();
        });
        modelBuilder.Entity<ChainHead>(e =>
        {
            e.ToTable("ChainHead");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<MemberName>(e =>
        {
            e.ToTable("Members");
            e.HasKey(x => x.UserId);
            e.HasIndex(x => x.NormalizedUserName);
        });
        base.OnModelCreating(modelBuilder);
    }
}
