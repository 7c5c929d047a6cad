using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Catalog";

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Goods> Goods => Set<Goods>();

    public DbSet<Variant> Variants => Set<Variant>();

    public DbSet<BuyerInputField> InputFields => Set<BuyerInputField>();

    public DbSet<MemberLevel> MemberLevels => Set<MemberLevel>();

    public DbSet<WholesaleTier> WholesaleTiers => Set<WholesaleTier>();

    public DbSet<PriceChange> PriceChanges => Set<PriceChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Category>(e =>
        {
            e.ToTable("Categories");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Goods>(e =>
        {
            e.ToTable("Goods");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Variant>(e =>
        {
            e.ToTable("Variants");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Price).HasColumnName("PriceFen");
            e.Property(x => x.Cost).HasColumnName("CostFen");
        });
        modelBuilder.Entity<BuyerInputField>(e =>
        {
            e.ToTable("InputFields");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<MemberLevel>(e =>
        {
            e.ToTable("MemberLevels");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Threshold).HasColumnName("ThresholdFen");
        });
        modelBuilder.Entity<WholesaleTier>(e =>
        {
            e.ToTable("WholesaleTiers");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<PriceChange>(e =>
        {
            e.ToTable("PriceChanges");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        base.OnModelCreating(modelBuilder);
    }
}
