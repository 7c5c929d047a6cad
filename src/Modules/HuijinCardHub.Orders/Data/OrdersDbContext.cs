using HuijinCardHub.Data;
using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Data;

internal sealed class OrdersDbContext : ModuleDbContext
{
    public OrdersDbContext(DbContextOptions<OrdersDbContext> options)
        : base(options)
    {
        // Orders write inside the unit of work's transaction and never carry on after a failed save (the whole
        // transaction is rolled back): EF's savepoint around each save would only add two statements to it.
        Database.AutoSavepointsEnabled = false;
    }

    public override string ModulePrefix => "Orders";

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> Lines => Set<OrderLine>();

    public DbSet<OrderEvent> Events => Set<OrderEvent>();

    public DbSet<AfterSalesTicket> Tickets => Set<AfterSalesTicket>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>(e =>
        {
            e.ToTable("Orders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.OrderNo).IsUnique();
            e.HasIndex(x => new { x.Status, x.ExpiresUtc });
            e.HasIndex(x => new { x.UserId, x.CreatedUtc });
            e.HasIndex(x => x.Contact);
            e.HasIndex(x => x.ClientIp);
            e.HasIndex(x => x.CheckoutRequestId).IsUnique();
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.OrderId);
            e.Ignore(x => x.Total);
            e.Ignore(x => x.Refunded);
        });
        modelBuilder.Entity<OrderLine>(e =>
        {
            e.ToTable("Lines");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.GoodsId, x.VariantId });
            e.Ignore(x => x.LineTotal);
        });
        modelBuilder.Entity<OrderEvent>(e =>
        {
            e.ToTable("Events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.OrderId);
        });
        modelBuilder.Entity<AfterSalesTicket>(e =>
        {
            e.ToTable("Tickets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.OrderId);
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
        });
        base.OnModelCreating(modelBuilder);
    }
}
