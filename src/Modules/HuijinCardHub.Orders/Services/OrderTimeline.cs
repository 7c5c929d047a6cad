using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Services;

/// <summary>Writes entries of an order's timeline (saved with the caller's next SaveChanges).</summary>
internal sealed class OrderTimeline(OrdersDbContext db, IClock clock)
{
    public void Note(long orderId, Bilingual text, string actor, OrderStatus? from = null, OrderStatus? to = null) =>
        db.Events.Add(new OrderEvent
        {
            OrderId = orderId,
            FromStatus = from,
            ToStatus = to,
            TextZh = text.Chinese,
            TextEn = text.English,
            Actor = actor,
            CreatedUtc = clock.UtcNow,
        });
}
