using HuijinCardHub.Catalog;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Services;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>A member buying one code through the real services: place, then the payment notification (which delivers).</summary>
internal sealed class ShopBuyer(IServiceProvider shell, VariantInfo variant, int worker) : IBuyer
{
    private int bought;
    private double placeMs;
    private double payMs;

    public async Task BuyAsync(CancellationToken cancellationToken)
    {
        // A new member each time: one member's order history does not grow through the run.
        var member = $"bench-{worker}-{++bought}";
        string orderNo;
        Money total;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using (var scope = shell.CreateAsyncScope())
        {
            var order = await scope.ServiceProvider.GetRequiredService<HuijinCardHub.Orders.Services.Checkout>().PlaceAsync(
                new CheckoutRequest([new CheckoutLine(variant.Id, 1, new Dictionary<string, string?>())], member, member, null, null, "127.0.0.1"), cancellationToken);
            (orderNo, total) = (order.OrderNo, order.Total);
        }

        placeMs += System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using (var scope = shell.CreateAsyncScope())
        {
            var confirmation = await scope.ServiceProvider.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(orderNo, total, "bench", "B" + orderNo, cancellationToken);
            if (confirmation.Status != OrderStatus.Delivered)
            {
                throw new InvalidOperationException($"Order {orderNo} ended {confirmation.Status}.");
            }
        }

        payMs += System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Where a buyer's time went, on stderr: placing the order, and paying (which delivers).</summary>
    public ValueTask DisposeAsync()
    {
        if (bought > 0)
        {
            Console.Error.WriteLine($"checkout: buyer {worker}: place {placeMs / bought:0.0} ms, pay and deliver {payMs / bought:0.0} ms per order");
        }

        return ValueTask.CompletedTask;
    }
}
