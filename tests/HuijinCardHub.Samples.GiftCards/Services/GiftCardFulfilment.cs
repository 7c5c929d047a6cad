using HuijinCardHub.CardCodes;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Samples.GiftCards.Data;
using HuijinCardHub.Samples.GiftCards.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Samples.GiftCards.Services;

/// <summary>
/// How Orders hands over goods of the gift-card kind: a hold when the order is placed, one new number per unit once
/// paid, the hold given back when an unpaid order expires. Everything is keyed by the line's holder, which Orders
/// stores on the line, so a retried delivery issues nothing twice. Orders calls it inside its unit of work; the
/// module's context joins that transaction.
/// </summary>
internal sealed class GiftCardFulfilment(GiftCardsDbContext db, IClock clock) : IOrderLineFulfilment
{
    public string Kind => GiftCardKind.Key;

    public Bilingual Name { get; } = new("电子礼品卡", "E-gift card");

    public async Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (await db.Holds.FindAsync([line.Holder], cancellationToken) is null)
        {
            db.Holds.Add(new GiftCardHold { Holder = line.Holder, OrderNo = line.OrderNo, Quantity = line.Quantity, State = GiftCardHoldState.Held, UpdatedUtc = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var hold = await db.Holds.FindAsync([line.Holder], cancellationToken);
        if (hold is not { State: GiftCardHoldState.Held })
        {
            return 0; // never held, already released, or issued: issued cards are not taken back here
        }

        hold.State = GiftCardHoldState.Released;
        hold.UpdatedUtc = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return hold.Quantity;
    }

    public async Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var issued = await db.Cards.CountAsync(c => c.Holder == line.Holder, cancellationToken);
        for (var i = issued; i < line.Quantity; i++)
        {
            db.Cards.Add(new IssuedGiftCard { Holder = line.Holder, Number = GiftCardNumbers.Next(), IssuedUtc = clock.UtcNow });
        }

        var hold = await db.Holds.FindAsync([line.Holder], cancellationToken);
        if (hold is null)
        {
            db.Holds.Add(hold = new GiftCardHold { Holder = line.Holder, OrderNo = line.OrderNo, Quantity = line.Quantity });
        }

        hold.State = GiftCardHoldState.Issued;
        hold.UpdatedUtc = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return new LineDelivery(true, line.Quantity);
    }

    /// <summary>Gift cards are issued, not stocked: never out of stock.</summary>
    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) => Task.FromResult<int?>(null);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) => delivered
        ? new("礼品卡号见下方，可在「我的礼品卡」中查看", "Your gift-card numbers are below and under My gift cards")
        : new("付款后立即发放礼品卡号", "Gift-card numbers are issued as soon as you pay");

    public async Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        return await db.Cards.AsNoTracking().Where(c => c.Holder == line.Holder).OrderBy(c => c.Id)
            .Select(c => new DeliveredCode(c.Id, c.Number, null)).ToListAsync(cancellationToken);
    }
}
