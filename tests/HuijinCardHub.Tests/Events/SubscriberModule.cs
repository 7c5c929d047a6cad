using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Data.Migrations;
using HuijinCardHub.Events;
using HuijinCardHub.Modules;
using HuijinCardHub.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

[assembly: Feature("HuijinCardHub.Tests.Subscribers", Name = "测试订阅者", Category = "测试", Dependencies = ["HuijinCardHub.Orders", "HuijinCardHub.Balance"])]

namespace HuijinCardHub.Tests.Events;

/// <summary>
/// A feature only tests switch on, standing for the modules to come (commission, webhooks, risk): three subscribers
/// of OrderPaid, one of OrderCancelled and one of BalanceMoved. Each writes a note in its own table through the delivery's unit of work,
/// so a note exists exactly when the handler's work committed.
/// </summary>
[Feature("HuijinCardHub.Tests.Subscribers")]
internal sealed class SubscribersStartup : ModuleStartup
{
    public const string FeatureId = "HuijinCardHub.Tests.Subscribers";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<SubscriberNotesDbContext>();
        services.AddDurableEventHandler<OrderPaid, CommissionBook>();
        services.AddDurableEventHandler<OrderPaid, PaidWebhook>();
        services.AddDurableEventHandler<OrderPaid, FussyRiskCheck>();
        services.AddDurableEventHandler<BalanceMoved, BalanceWatch>();
        services.AddDurableEventHandler<OrderCancelled, CancelledOrderWatch>();
    }
}

/// <summary>What the tests tell the subscribers (one test class at a time uses them).</summary>
internal static class Subscribers
{
    /// <summary>While set, the risk check throws on every attempt.</summary>
    public static volatile bool RiskCheckBroken;

    /// <summary>The crash shop's "stall" run: the webhook writes its note, says so, and hangs until the process is killed.</summary>
    public static volatile bool WebhookHangs;
}

internal sealed class CommissionBook(SubscriberNotesDbContext db) : IDurableEventHandler<OrderPaid>
{
    public Task HandleAsync(OrderPaid shopEvent, DurableEventContext context, CancellationToken cancellationToken) =>
        db.NoteAsync(context, $"{shopEvent.Order.OrderNo} {shopEvent.Order.Total.Fen} {shopEvent.Channel} {string.Join(",", shopEvent.Order.Lines.Select(l => $"{l.GoodsName}x{l.Quantity}@{l.UnitPrice.Fen}"))}", cancellationToken);
}

internal sealed class PaidWebhook(SubscriberNotesDbContext db) : IDurableEventHandler<OrderPaid>
{
    public const string Hanging = "HANDLING";

    public async Task HandleAsync(OrderPaid shopEvent, DurableEventContext context, CancellationToken cancellationToken)
    {
        await db.NoteAsync(context, $"{shopEvent.Order.OrderNo} site={shopEvent.Order.SiteId} buyer={shopEvent.Order.Buyer.Contact}", cancellationToken);
        if (Subscribers.WebhookHangs)
        {
            Console.WriteLine(Hanging);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}

internal sealed class FussyRiskCheck(SubscriberNotesDbContext db) : IDurableEventHandler<OrderPaid>
{
    public async Task HandleAsync(OrderPaid shopEvent, DurableEventContext context, CancellationToken cancellationToken)
    {
        // Written first, so a failure must also take this note back with it.
        await db.NoteAsync(context, shopEvent.Order.OrderNo, cancellationToken);
        if (Subscribers.RiskCheckBroken)
        {
            throw new InvalidOperationException($"risk service unreachable (attempt {context.Attempt})");
        }
    }
}

internal sealed class BalanceWatch(SubscriberNotesDbContext db) : IDurableEventHandler<BalanceMoved>
{
    public Task HandleAsync(BalanceMoved shopEvent, DurableEventContext context, CancellationToken cancellationToken) =>
        db.NoteAsync(context, $"{shopEvent.Movement.UserId} {shopEvent.Movement.Kind} {shopEvent.Movement.Amount.Fen} {shopEvent.Movement.BalanceAfter.Fen}", cancellationToken);
}

internal sealed class CancelledOrderWatch(SubscriberNotesDbContext db) : IDurableEventHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCancelled shopEvent, DurableEventContext context, CancellationToken cancellationToken) =>
        db.NoteAsync(context, $"{shopEvent.Order.OrderNo} by {shopEvent.Actor}: {string.Join(",", shopEvent.Order.Lines.Select(l => $"{l.Kind} {l.GoodsName}x{l.Quantity}"))}", cancellationToken);
}

internal sealed class SubscriberNote
{
    public long Id { get; set; }
    public string Handler { get; set; } = "";
    public Guid EventId { get; set; }
    public int Attempt { get; set; }
    public string Subject { get; set; } = "";
}

internal sealed class SubscriberNotesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "TestSubscribers";

    public DbSet<SubscriberNote> Notes => Set<SubscriberNote>();

    public async Task NoteAsync(DurableEventContext context, string subject, CancellationToken cancellationToken)
    {
        Notes.Add(new SubscriberNote { Handler = context.Handler, EventId = context.EventId, Attempt = context.Attempt, Subject = subject });
        await SaveChangesAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SubscriberNote>(e => e.ToTable("Notes"));
        base.OnModelCreating(modelBuilder);
    }
}

[DbContext(typeof(SubscriberNotesDbContext))]
[Migration("20261203000001_TestSubscribersInitial")]
internal sealed class SubscriberNotesInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable("TestSubscribers_Notes", t => new
        {
            Id = t.Identity(),
            Handler = t.Column<string>(nullable: false),
            EventId = t.Column<Guid>(nullable: false),
            Attempt = t.Column<int>(nullable: false),
            Subject = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_TestSubscribers_Notes", x => x.Id));
}
