using HuijinCardHub.CardCodes;
using HuijinCardHub.Catalog;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// Goods a person hands over: a paid line waits (the order stays "delivering", the line in the staff queue) and is never
/// claimed delivered here; staff finish it with a note for the buyer (<see cref="Services.ManualFulfilment"/>). Held
/// against the merchant's stock figure; nothing is set aside, so releasing gives nothing back (an ended order no longer
/// counts). Two kinds use it: manual goods (staff), and direct top-up until a supplier module registers its own
/// fulfilment for that key, which replaces this one.
/// </summary>
internal sealed class PersonHandsOverFulfilment(HandOver handOver, ManualStock stock) : IOrderLineFulfilment
{
    public static readonly HandOver Staff = new(GoodsKinds.Manual, new("人工发货", "Manual delivery"),
        new("等待客服发货", "Waiting for staff"), new("客服已发货，见发货说明", "Delivered by staff: see the note"));

    public static readonly HandOver Supplier = new(GoodsKinds.DirectTopUp, new("直充", "Direct top-up"),
        new("等待供货商充值", "Waiting for the supplier"), new("已充值到账", "Topped up"));

    public string Kind => handOver.Kind;

    public Bilingual Name => handOver.Name;

    public Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken) => stock.HoldAsync(line, cancellationToken);

    public Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(LineDelivery.Waiting);

    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) =>
        stock.AvailableAsync(goodsId, variantId, cancellationToken);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) => delivered ? handOver.Done : handOver.Waiting;

    public Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveredCode>>([]);
}
