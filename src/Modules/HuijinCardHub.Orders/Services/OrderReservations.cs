using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Gives back what an order's lines hold and have not handed over (codes already sold stay sold), each line under its
/// stored holder through its kind's fulfilment: when an unpaid order ends, and when a paid order is refunded before its
/// delivery, so nothing is held for an order that will never take it.
/// </summary>
internal sealed class OrderReservations(LineFulfilments fulfilments)
{
    /// <returns>How many units went back.</returns>
    public async Task<int> ReleaseAsync(string orderNo, IEnumerable<OrderLine> lines, CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var line in lines)
        {
            // A kind whose module is off holds nothing Orders could give back now; its module releases on its return.
            if (fulfilments.Find(line.Fulfilment) is { } fulfilment)
            {
                released += await fulfilment.ReleaseAsync(LineFulfilments.Describe(orderNo, line), cancellationToken);
            }
        }

        return released;
    }
}
