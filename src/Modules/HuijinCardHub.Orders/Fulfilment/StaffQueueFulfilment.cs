using HuijinCardHub.CardCodes;
using HuijinCardHub.Catalog;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// Manual goods: a paid line waits in the staff queue (an order being delivered, the line not delivered) until a member
/// of staff marks it delivered with a note for the buyer (<see cref="Services.ManualFulfilment"/>). Held against the
/// merchant's stock figure.
/// </summary>
internal sealed class StaffQueueFulfilment(ManualStock stock) : IOrderLineFulfilment
{
    public string Kind => GoodsKinds.Manual;

    public Bilingual Name { get; } = new("人工发货", "Manual delivery");

    public Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken) => stock.HoldAsync(line, cancellationToken);

    /// <summary>Nothing is set aside: the held units are the line's own, and an ended order no longer counts.</summary>
    public Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(LineDelivery.Waiting);

    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) =>
        stock.AvailableAsync(goodsId, variantId, cancellationToken);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) => delivered
        ? new("客服已发货，见发货说明", "Delivered by staff: see the note")
        : new("等待客服发货", "Waiting for staff");

    public Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveredCode>>([]);
}
