using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Data;

internal sealed class CardCodesDbContext(DbContextOptions<CardCodesDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "CardCodes";

    public DbSet<CardCode> Codes => Set<CardCode>();

    public DbSet<CodeBatch> Batches => Set<CodeBatch>();

    public DbSet<CodeKey> Keys => Set<CodeKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CardCode>(e =>
        {
            e.ToTable(CodeTable.Name);
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Status).HasConversion<int>();
            e.HasIndex(x => new { x.GoodsId, x.KeyedHash }).IsUnique();
            e.HasIndex(x => new { x.GoodsId, x.VariantId, x.Status, x.Id });
            e.HasIndex(x => x.OrderId);
        });
        modelBuilder.Entity<CodeBatch>(e =>
        {
            e.ToTable("Batches");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<CodeKey>(e =>
        {
            e.ToTable("Keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        base.OnModelCreating(modelBuilder);
    }
}
