using HuijinCardHub.Balance;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// Two members of staff act on one after-sales ticket at the same moment (two "replace" clicks, or one replaces
/// while the other refunds): the buyer gets one new code or one refund, never two, never both.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class AfterSalesRaceTests(OrdersShop shop)
{
    private const int Rounds = 3;

    [Fact]
    public async Task Two_replaces_of_one_ticket_at_once_give_the_buyer_one_new_code()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (_, variant, order, bad) = await MemberBuysAsync($"twice{round}", codes: 5);
            var ticket = await ReportAsync(order.OrderNo, bad, "卡密提示已被使用");

            var outcomes = await AtOnceAsync(
                s => s.GetRequiredService<AfterSales>().ReplaceAsync(ticket.Id, "staff-a", default),
                s => s.GetRequiredService<AfterSales>().ReplaceAsync(ticket.Id, "staff-b", default));

            Assert.Single(outcomes, o => o is null);
            var loser = Assert.Single(outcomes, o => o is not null);
            Assert.Contains(loser!.Chinese, new[] { TicketTransitions.HandledMeanwhile.Chinese, "工单已处理" });
            Assert.Equal(2, (await CodesAsync(order.OrderNo)).Count);
            Assert.Equal(3, await shop.StockAsync(variant));
            Assert.Equal(TicketStatus.Replaced, (await TicketAsync(ticket.Id)).Status);
        }
    }

    [Fact]
    public async Task A_replace_and_a_refund_of_one_ticket_at_once_give_exactly_one_of_them()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (member, variant, order, bad) = await MemberBuysAsync($"either{round}", codes: 5);
            var ticket = await ReportAsync(order.OrderNo, bad, "卡密无法充值");

            var outcomes = await AtOnceAsync(
                s => s.GetRequiredService<AfterSales>().ReplaceAsync(ticket.Id, "staff-a", default),
                async s => { await s.GetRequiredService<AfterSales>().RefundAsync(ticket.Id, new Money(980), "staff-b", default); return 0; });

            Assert.Single(outcomes, o => o is null);
            var closed = await TicketAsync(ticket.Id);
            var summary = (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!;
            var balance = await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().GetBalanceAsync(member));
            if (outcomes[0] is null)
            {
                // The replace won: a second code, no money back.
                Assert.Equal(TicketStatus.Replaced, closed.Status);
                Assert.Equal(2, (await CodesAsync(order.OrderNo)).Count);
                Assert.Equal(3, await shop.StockAsync(variant));
                Assert.Equal(Money.Zero, balance);
                Assert.Equal(OrderStatus.Delivered, summary.Status);
            }
            else
            {
                // The refund won: the money back, no second code.
                Assert.Equal(TicketStatus.Refunded, closed.Status);
                Assert.Single(await CodesAsync(order.OrderNo));
                Assert.Equal(4, await shop.StockAsync(variant));
                Assert.Equal(new Money(980), balance);
                Assert.Equal(OrderStatus.Refunded, summary.Status);
            }
        }
    }

    [Fact]
    public async Task A_code_already_replaced_cannot_be_reported_again_but_its_replacement_can()
    {
        var (_, _, order, bad) = await MemberBuysAsync("again", codes: 3);
        var ticket = await ReportAsync(order.OrderNo, bad, "卡密提示已被使用");
        var fresh = await shop.WithAsync(s => s.GetRequiredService<AfterSales>().ReplaceAsync(ticket.Id, "staff", default));

        var refused = await Assert.ThrowsAsync<ShopException>(() => ReportAsync(order.OrderNo, bad, "旧卡密还是不能用"));
        Assert.Equal(AfterSales.AlreadyReplaced, refused.Text);
        Assert.Equal(1, await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Tickets.CountAsync(t => t.OrderNo == order.OrderNo)));

        var second = await ReportAsync(order.OrderNo, fresh, "新卡密也不能用");
        Assert.Equal(TicketStatus.Open, second.Status);
    }

    /// <summary>A member with ¥9.80 pays for one code of a new goods with their balance; returns the code delivered.</summary>
    private async Task<(string Member, VariantInfo Variant, Order Order, long Code)> MemberBuysAsync(string tag, int codes)
    {
        var variant = await shop.CodeGoodsAsync("aftersales-" + tag, codes);
        var member = "member-" + Guid.NewGuid().ToString("N");
        await shop.WithAsync(async s =>
        {
            await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
            await s.GetRequiredService<IBalanceAccounts>().CreditAsync(member, new Money(980), "top-up", "test:" + Guid.NewGuid());
            await transaction.CommitAsync();
            return 0;
        });
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default));
        return (member, variant, order, Assert.Single(await CodesAsync(order.OrderNo)).CodeId);
    }

    private Task<AfterSalesTicket> ReportAsync(string orderNo, long codeId, string reason) => shop.WithAsync(async s =>
    {
        var order = await s.GetRequiredService<OrdersDbContext>().Orders.AsNoTrackingWithLines(orderNo);
        return await s.GetRequiredService<AfterSales>().OpenAsync(order, codeId, reason, "buyer", default);
    });

    private Task<IReadOnlyList<DeliveredCode>> CodesAsync(string orderNo) =>
        shop.WithAsync(s => s.GetRequiredService<ICodeStock>().RevealForOrderAsync(CodeHolder.For(orderNo, 1)));

    private Task<AfterSalesTicket> TicketAsync(long id) =>
        shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Tickets.AsNoTracking().FirstAsync(t => t.Id == id));

    /// <summary>Runs each action in a scope of its own, all released at the same moment; null where it succeeded, else its refusal.</summary>
    private async Task<Bilingual?[]> AtOnceAsync<T1, T2>(Func<IServiceProvider, Task<T1>> first, Func<IServiceProvider, Task<T2>> second)
    {
        using var start = new ManualResetEventSlim(false);
        Task<Bilingual?> Run<T>(Func<IServiceProvider, Task<T>> action) => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await shop.WithAsync(action);
                return (Bilingual?)null;
            }
            catch (ShopException exception)
            {
                return exception.Text;
            }
        });

        var running = new[] { Run(first), Run(second) };
        start.Set();
        return await Task.WhenAll(running);
    }
}
