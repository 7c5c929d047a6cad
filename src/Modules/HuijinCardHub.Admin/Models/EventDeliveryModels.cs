using HuijinCardHub.Events;

namespace HuijinCardHub.Admin.Models;

internal sealed record EventDeliveryListModel(IReadOnlyList<EventDelivery> Deliveries)
{
    public IEnumerable<EventDelivery> In(EventDeliveryState state) => Deliveries.Where(d => d.State == state);
}
