using System.Text.Json;
using HuijinCardHub.Jobs;

namespace HuijinCardHub.Orders.Services;

/// <summary>The durable half of delivery: runs after every confirmed payment and retries until it succeeds.</summary>
internal sealed class OrderDeliveryHandler(OrderDelivery delivery) : IOutboxHandler
{
    public const string TopicName = "orders.deliver";

    public string Topic => TopicName;

    // Out-of-stock paid orders wait for the merchant to import codes: keep trying for a long while.
    public int MaxAttempts => 30;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var job = JsonSerializer.Deserialize<OrderJob>(message.PayloadJson) ?? throw new InvalidOperationException("Empty order job.");
        return delivery.DeliverAsync(job.OrderNo, cancellationToken);
    }
}
