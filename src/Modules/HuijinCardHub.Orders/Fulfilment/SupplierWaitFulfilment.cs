using HuijinCardHub.CardCodes;
using HuijinCardHub.Catalog;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// Direct top-up until a supplier module serves the kind (it registers its own fulfilment for the same key, which
/// replaces this one): a paid line waits for the supplier, stays visible to staff in the delivering queue, and is never
/// claimed delivered here. Staff may still finish it by hand with a note.
/// </summary>
internal sealed class SupplierWaitFulfilment(ManualStock stock) : IOrderLineFulfilment
{
    public string Kind => GoodsKinds.DirectTopUp;

    public Bilingual Name { get; } = new("直充", "Direct top-up");

    public Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken) => stock.HoldAsync(line, cancellationToken);

    public Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken) => Task.FromResult(LineDelivery.Waiting);

    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) =>
        stock.AvailableAsync(goodsId, variantId, cancellationToken);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) => delivered
        ? new("已充值到账", "Topped up")
        : new("等待供货商充值", "Waiting for the supplier");

    public Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveredCode>>([]);
}
