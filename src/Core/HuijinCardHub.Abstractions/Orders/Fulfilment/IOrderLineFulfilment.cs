using HuijinCardHub.CardCodes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// How the lines of one goods kind are held, handed over and given back. Registered by the module that owns the kind
/// (card codes, a staff queue, a supplier); Orders picks the one whose <see cref="Kind"/> is the line's and never asks
/// what that kind is. Every call joins the order's unit of work when one is open.
/// </summary>
public interface IOrderLineFulfilment
{
    /// <summary>The goods kind served, as a key (<see cref="Catalog.GoodsKinds"/> names the built-in ones): a plugin adds a kind without changing an enum.</summary>
    string Kind { get; }

    /// <summary>How the kind is called on order pages ("自动发卡" / "Auto-delivered code").</summary>
    Bilingual Name { get; }

    /// <summary>
    /// Holds what the line needs, inside the transaction that places the order (the line is written already), or
    /// throws a <see cref="ShopException"/> with a message for the buyer: the order is then not placed at all.
    /// </summary>
    Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken);

    /// <summary>Gives back what is held for the line and not handed over yet; returns how many units went back.</summary>
    Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken);

    /// <summary>
    /// Hands the line over once it is paid. Idempotent: a second call hands nothing new over. A line that waits for
    /// someone (staff, a supplier) is answered <see cref="LineDelivery.Waiting"/>, never claimed delivered; a
    /// <see cref="ShopException"/> (out of stock) undoes the delivery and the order's delivery is retried.
    /// </summary>
    Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken);

    /// <summary>Units of the variant that can be sold now, or null when this kind does not count them.</summary>
    Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken);

    /// <summary>What the buyer reads beside the line ("卡密见下方" / "Your codes are below", "等待客服处理" / "Waiting for staff").</summary>
    Bilingual ForBuyer(FulfilmentLine line, bool delivered);

    /// <summary>
    /// What was handed over that the buyer may read, in clear (codes); empty for goods that hand over nothing to show.
    /// The caller checks who is looking.
    /// </summary>
    Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken);
}
