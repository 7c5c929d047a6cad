using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Orders;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HuijinCardHub.Tests.Events;

/// <summary>
/// An orders shop with the test subscribers on, whose background worker is held off: the tests say when a worker
/// runs (as node A, node B...), so nothing is handled behind their back.
/// </summary>
public sealed class EventsShop : OrdersShop, IAsyncLifetime
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HuijinCardHub:Jobs:PollSeconds", "3600");
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await SwitchSubscribersAsync(on: true);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    internal async Task SwitchSubscribersAsync(bool on)
    {
        await using var scope = await ShellScopeAsync();
        var features = scope.ServiceProvider.GetRequiredService<IShellFeatures>();
        await (on ? features.EnableAsync([SubscribersStartup.FeatureId]) : features.DisableAsync([SubscribersStartup.FeatureId]));
    }

    /// <summary>One pass of a worker on node <paramref name="node"/> over the due deliveries; returns how many it claimed.</summary>
    internal async Task<int> WorkAsync(string node = "node-a")
    {
        var shell = await Shells.GetAsync(HuijinCardHub.Kernel.Shells.ShellSettings.DefaultName);
        return await new OutboxProcessor(shell.Services, node, NullLogger.Instance).DrainOnceAsync(default);
    }

    /// <summary>As if the backoff had passed: every pending delivery is due now.</summary>
    internal Task MakeDueAsync() => WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox
        .Where(o => o.Status == 0).ExecuteUpdateAsync(u => u.SetProperty(o => o.NotBeforeUtc, DateTime.UtcNow.AddSeconds(-1))));

    internal Task<List<OutboxRow>> DeliveriesAsync(Guid eventId) => WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
        .Where(o => o.EventId == eventId).OrderBy(o => o.Id).ToListAsync());

    internal Task<List<SubscriberNote>> NotesAsync(Guid eventId) => WithAsync(s => s.GetRequiredService<SubscriberNotesDbContext>().Notes.AsNoTracking()
        .Where(n => n.EventId == eventId).OrderBy(n => n.Id).ToListAsync());

    /// <summary>A guest places an order for one code and pays it through the instant channel; returns the OrderPaid event's id.</summary>
    internal async Task<(string OrderNo, Guid EventId)> PaidOrderAsync(VariantInfo variant)
    {
        var order = await PlaceAsync(variant);
        await WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, order.Total, "instant", "T" + order.OrderNo));
        var paid = typeof(OrderPaid).FullName;
        var eventId = await WithAsync(async s => await s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .Where(o => o.EventType == paid && o.Payload.Contains(order.OrderNo)).Select(o => o.EventId).FirstAsync());
        return (order.OrderNo, eventId!.Value);
    }

    internal static string HandlerName<THandler>() => typeof(THandler).FullName!;

}
