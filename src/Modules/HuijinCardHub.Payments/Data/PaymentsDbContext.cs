using HuijinCardHub.Data;
using HuijinCardHub.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Payments.Data;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Payments";

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentChannel> Channels => Set<PaymentChannel>();

    public DbSet<PaymentNotification> Notifications => Set<PaymentNotification>();

    public DbSet<PaymentRefund> Refunds => Set<PaymentRefund>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Payment>(e =>
        {
            e.ToTable("Payments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Ignore(x => x.Amount);
            e.Ignore(x => x.Fee);
            e.HasIndex(x => x.PaymentNo).IsUnique();
            e.HasIndex(x => x.OrderNo);
            e.HasIndex(x => new { x.Status, x.ExpiresUtc });
            e.HasIndex(x => new { x.UserId, x.RequestId });
        });
        modelBuilder.Entity<PaymentChannel>(e =>
        {
            e.ToTable("Channels");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Ignore(x => x.Name);
            e.HasIndex(x => new { x.SiteId, x.Enabled, x.DisplayOrder });
        });
        modelBuilder.Entity<PaymentNotification>(e =>
        {
            e.ToTable("Notifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.PaymentNo);
            e.HasIndex(x => x.ReceivedUtc);
        });
        modelBuilder.Entity<PaymentRefund>(e =>
        {
            e.ToTable("Refunds");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.RefundNo).IsUnique();
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => x.PaymentId);
            e.HasIndex(x => x.Status);
        });
        base.OnModelCreating(modelBuilder);
    }
}
