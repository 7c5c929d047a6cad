using HuijinCardHub.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Alerts.Stock;

/// <summary>Every minute: card-code goods at or below their low-stock threshold raise an alert, and are resolved once restocked.</summary>
internal sealed class LowStockJob : IRecurringJob
{
    public string Name => "alerts.low-stock";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
        scopedServices.GetRequiredService<LowStockWatch>().CheckAsync(cancellationToken);
}
