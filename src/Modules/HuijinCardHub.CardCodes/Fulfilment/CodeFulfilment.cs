using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes.Fulfilment;

/// <summary>
/// Code goods: codes are reserved under the line's holder when the order is placed, sold when it is paid (reserving
/// again what an expiry gave back before a late payment), and released when it ends unpaid or is refunded undelivered.
/// </summary>
internal sealed class CodeFulfilment(ICodeStock stock, IStockReader counts) : IOrderLineFulfilment
{
    public string Kind => GoodsKinds.Code;

    public Bilingual Name { get; } = new("自动发卡", "Auto-delivered code");

    public async Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        try
        {
            await stock.ReserveAsync(line.GoodsId, line.VariantId, line.Quantity, line.Holder, cancellationToken);
        }
        catch (ShopException exception)
        {
            throw new ShopException(OutOfStock(line), exception);
        }
    }

    public Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        stock.ReleaseAsync(line.Holder, cancellationToken);

    public async Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        var sold = await stock.SellReservedAsync(line.Holder, cancellationToken);
        var missing = line.Quantity - sold;
        if (missing > 0)
        {
            // An expiry gave the codes back before a late payment arrived: take fresh ones, or wait for an import.
            await ReserveAsync(line, cancellationToken);
            sold = await stock.SellReservedAsync(line.Holder, cancellationToken);
        }

        return new LineDelivery(true, sold);
    }

    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) =>
        counts.GetAvailableAsync(goodsId, variantId, cancellationToken);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) => delivered
        ? new("卡密见下方", "Your codes are below")
        : new("付款后自动发卡", "Codes are delivered once paid");

    public Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        stock.RevealForOrderAsync(line.Holder, cancellationToken);

    private static Bilingual OutOfStock(FulfilmentLine line) =>
        new($"「{line.GoodsName}」库存不足", $"\"{line.GoodsName}\" is out of stock");
}
