using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders;

/// <summary>Members: pay with balance, daily limits, manual stock, after-sales.</summary>
[Collection(OrdersCollection.Name)]
public sealed class MemberOrderTests(OrdersShop shop)
{
    private static string NewMember() => "member-" + Guid.NewGuid().ToString("N");

    private Task CreditAsync(string userId, long fen) => shop.WithAsync(async s =>
    {
        await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
        await s.GetRequiredService<IBalanceAccounts>().CreditAsync(userId, new Money(fen), "test top-up", "test:" + Guid.NewGuid());
        await transaction.CommitAsync();
        return 0;
    });

    private Task<Money> BalanceAsync(string userId) => shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().GetBalanceAsync(userId));

    [Fact]
    public async Task A_member_pays_with_balance_and_gets_the_code_at_once()
    {
        var variant = await shop.CodeGoodsAsync("member", 2);
        var member = NewMember();
        await CreditAsync(member, 5000);
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);

        var paid = await shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default));
        Assert.Equal(OrderStatus.Delivered, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!.Status);
        Assert.True(paid.FirstTime);
        Assert.Equal(new Money(5000 - 980), await BalanceAsync(member));

        // Paying again takes nothing more.
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default)));
        Assert.Equal(new Money(5000 - 980), await BalanceAsync(member));
    }

    [Fact]
    public async Task A_member_pays_a_free_order_with_balance_and_gets_the_code_without_a_ledger_movement()
    {
        var variant = await shop.CodeGoodsAsync("free", 1, price: "0.00", cost: "0.00");
        var member = NewMember();
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        Assert.Equal(Money.Zero, order.Total);

        var paid = await shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default));

        Assert.True(paid.FirstTime);
        Assert.Equal(OrderStatus.Delivered, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!.Status);
        Assert.Equal("FREE-0001", Assert.Single(await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.CardCodes.ICodeStock>().RevealForOrderAsync(CodeHolder.For(order.OrderNo, 1)))).CardNumber);
        Assert.Equal(Money.Zero, await BalanceAsync(member));
        Assert.Empty(await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().LedgerAsync(member, 1)));
    }

    [Fact]
    public async Task Too_little_balance_is_refused_and_the_order_stays_payable()
    {
        var variant = await shop.CodeGoodsAsync("poor", 1);
        var member = NewMember();
        await CreditAsync(member, 100);
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        var error = await Assert.ThrowsAsync<ShopException>(() => shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default)));
        Assert.Equal("余额不足", error.Text.Chinese);
        Assert.Equal(new Money(100), await BalanceAsync(member));
        Assert.Equal(OrderStatus.PendingPayment, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!.Status);
    }

    [Fact]
    public async Task Someone_else_cannot_pay_a_members_order_with_their_balance()
    {
        var variant = await shop.CodeGoodsAsync("other", 1);
        var member = NewMember();
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        var thief = NewMember();
        await CreditAsync(thief, 5000);
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, thief, default)));
        Assert.Equal(new Money(5000), await BalanceAsync(thief));
    }

    [Fact]
    public async Task The_daily_limit_per_buyer_is_kept()
    {
        var goods = await shop.GoodsAsync("limited-card");
        var member = NewMember();
        await shop.PlaceAsync(goods.Variants[0], quantity: 2, userId: member, contact: null, password: null);
        var error = await Assert.ThrowsAsync<ShopException>(() => shop.PlaceAsync(goods.Variants[0], quantity: 1, userId: member, contact: null, password: null));
        Assert.Contains("每人每天限购 2 件", error.Text.Chinese, StringComparison.Ordinal);
        // Another buyer is not affected.
        await shop.PlaceAsync(goods.Variants[0], quantity: 1, userId: NewMember(), contact: null, password: null);
    }

    [Fact]
    public async Task Manual_goods_cannot_be_sold_beyond_their_stock()
    {
        var goods = await shop.GoodsAsync("manual-account");
        await shop.PlaceAsync(goods.Variants[0], quantity: 2, contact: "m1@example.com");
        var error = await Assert.ThrowsAsync<ShopException>(() => shop.PlaceAsync(goods.Variants[0], quantity: 1, contact: "m2@example.com"));
        Assert.Equal("「人工发货账号」库存不足", error.Text.Chinese);
    }

    [Fact]
    public async Task A_bad_code_is_reported_and_replaced_from_stock_then_refunded_to_balance()
    {
        var variant = await shop.CodeGoodsAsync("aftersales", 3);
        var member = NewMember();
        await CreditAsync(member, 5000);
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.WithAsync(s => s.GetRequiredService<OrderCashier>().PayAsync(order.OrderNo, OrderCashier.BalanceChannel, member, default));
        var delivered = await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.CardCodes.ICodeStock>().RevealForOrderAsync(CodeHolder.For(order.OrderNo, 1)));
        var bad = delivered.Single();

        var loaded = await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.Orders.Data.OrdersDbContext>().Orders.AsNoTrackingWithLines(order.OrderNo));
        var ticket = await shop.WithAsync(s => s.GetRequiredService<AfterSales>().OpenAsync(loaded, bad.CodeId, "卡密提示已使用", "buyer", default));
        var fresh = await shop.WithAsync(s => s.GetRequiredService<AfterSales>().ReplaceAsync(ticket.Id, "staff", default));
        Assert.NotEqual(bad.CodeId, fresh);
        Assert.Equal(1, await shop.StockAsync(variant));

        var second = await shop.WithAsync(s => s.GetRequiredService<AfterSales>().OpenAsync(loaded, fresh, "还是不能用", "buyer", default));
        await shop.WithAsync(async s => { await s.GetRequiredService<AfterSales>().RefundAsync(second.Id, new Money(980), "staff", default); return 0; });
        Assert.Equal(new Money(5000), await BalanceAsync(member));
        Assert.Equal(OrderStatus.Refunded, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!.Status);
    }
}
