using HuijinCardHub.Data;
using HuijinCardHub.Samples.GiftCards.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Samples.GiftCards.Data;

/// <summary>The module's own tables (GiftCards_*): no other module reads them, and it reads no other module's.</summary>
internal sealed class GiftCardsDbContext(DbContextOptions<GiftCardsDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "GiftCards";

    public DbSet<GiftCardHold> Holds => Set<GiftCardHold>();

    public DbSet<IssuedGiftCard> Cards => Set<IssuedGiftCard>();

    public DbSet<GiftCardPurchase> Purchases => Set<GiftCardPurchase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GiftCardHold>(e =>
        {
            e.ToTable("Holds");
            e.HasKey(x => x.Holder);
        });
        modelBuilder.Entity<IssuedGiftCard>(e =>
        {
            e.ToTable("Cards");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.Holder);
        });
        modelBuilder.Entity<GiftCardPurchase>(e =>
        {
            e.ToTable("Purchases");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.OrderNo);
            e.HasIndex(x => x.UserId);
        });
        base.OnModelCreating(modelBuilder);
    }
}
