using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The payment channels the orders module offers itself: the member's balance (debit and payment in one
/// transaction) and the sandbox `instant` channel. Gateways (Alipay, WeChat Pay, 易支付...) come as payment
/// modules that call <see cref="IOrderPayments"/>.
/// </summary>
internal sealed class OrderCashier(
    OrdersDbContext db,
    OrderPayments payments,
    OrderExpiry expiry,
    IEnumerable<IBalanceAccounts> balances,
    IUnitOfWork unitOfWork,
    ISettingsStore settings)
{
    public const string BalanceChannel = "balance";
    public const string InstantChannel = "instant";

    /// <summary>The channels this buyer may use for this order, in the order shown.</summary>
    public async Task<IReadOnlyList<string>> ChannelsAsync(Order order, string? userId, CancellationToken cancellationToken)
    {
        var channels = new List<string>();
        if (balances.Any() && userId is not null && order.UserId == userId)
        {
            channels.Add(BalanceChannel);
        }

        if ((await settings.GetAsync<OrderSettings>(cancellationToken)).InstantTestChannel)
        {
            channels.Add(InstantChannel);
        }

        return channels;
    }

    public async Task<PaymentConfirmation> PayAsync(string orderNo, string channel, string? userId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken)
            ?? throw new ShopException(OrderErrors.NotFound);
        await expiry.ExpireIfDueAsync(order, cancellationToken);
        if (order.Status != OrderStatus.PendingPayment)
        {
            throw new ShopException(OrderErrors.NotPayable);
        }

        if (!(await ChannelsAsync(order, userId, cancellationToken)).Contains(channel))
        {
            throw new ShopException(channel switch
            {
                BalanceChannel => OrderErrors.BalanceNeedsMember,
                InstantChannel => OrderErrors.InstantClosed,
                _ => OrderErrors.UnknownChannel,
            });
        }

        if (channel == InstantChannel)
        {
            return await payments.ConfirmPaidAsync(orderNo, order.Total, InstantChannel, "instant-" + Guid.NewGuid().ToString("N"), cancellationToken);
        }

        PaymentConfirmation confirmation;
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            confirmation = await payments.RecordPaymentAsync(orderNo, order.Total, BalanceChannel, await DebitAsync(order, userId!, cancellationToken), cancellationToken);
            if (!confirmation.FirstTime)
            {
                // Paid another way meanwhile: leaving without commit gives the balance back.
                throw new ShopException(OrderErrors.NotPayable);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await payments.DeliverNowAsync(orderNo, cancellationToken);
        return confirmation;
    }

    /// <summary>
    /// Takes the order's amount from the member's balance; returns the payment's transaction id. A free order (¥0 goods,
    /// or fully discounted) takes nothing: the ledger refuses movements of zero, so none is written.
    /// </summary>
    private async Task<string> DebitAsync(Order order, string userId, CancellationToken cancellationToken)
    {
        if (order.Total == Money.Zero)
        {
            return "balance-free-" + order.OrderNo;
        }

        // The reference makes the debit idempotent: paying twice takes the money once.
        var movement = await balances.First().DebitAsync(userId, order.Total, $"订单支付 / Order {order.OrderNo}", "order:" + order.OrderNo, cancellationToken);
        return "balance-" + movement.Id;
    }
}
