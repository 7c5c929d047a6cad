using HuijinCardHub.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Orders.Services;

/// <summary>Sweeps unpaid orders past their time every 20 seconds (one node at a time, by lease).</summary>
internal sealed class OrderExpiryJob : IRecurringJob
{
    public string Name => "orders.expire";

    public TimeSpan Interval => TimeSpan.FromSeconds(20);

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
        scopedServices.GetRequiredService<OrderExpiry>().ExpireDueAsync(cancellationToken);
}
