using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Balance;

/// <summary>Paying with balance: never below zero under a race, once per reference, all or nothing with the order.</summary>
public sealed class BalanceAccountsTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    private static readonly Money OneYuan = Money.FromYuan(1m);

    [Fact]
    public async Task Twenty_concurrent_debits_of_one_yuan_against_ten_yuan_let_exactly_ten_through()
    {
        var user = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.CreditAsync(user, Money.FromYuan(10m), "充值", "topup-1"));

        var attempts = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await shop.InUnitOfWorkAsync(a => a.DebitAsync(user, OneYuan, "订单支付", $"order-{i}"));
                return "paid";
            }
            catch (ShopException refused)
            {
                return refused.Text.Chinese;
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(10, outcomes.Count(o => o == "paid"));
        Assert.Equal(10, outcomes.Count(o => o == "余额不足"));
        Assert.Equal(Money.Zero, await shop.WithAccountsAsync(a => a.GetBalanceAsync(user)));
        var ledger = await shop.WithAccountsAsync(a => a.LedgerAsync(user, 1));
        Assert.Equal(10, ledger.Count(m => m.Kind == BalanceMovementKind.Debit));
        Assert.All(ledger.Where(m => m.Kind == BalanceMovementKind.Debit), m => Assert.Equal(-100, m.Amount.Fen));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i * 100), ledger.Where(m => m.Kind == BalanceMovementKind.Debit).Select(m => m.BalanceAfter.Fen).Order());
        var verification = await shop.WithAccountsAsync(a => a.VerifyLedgerAsync());
        Assert.True(verification.IsIntact, verification.Problem?.English);
    }

    [Fact]
    public async Task A_repeated_debit_with_the_same_reference_changes_nothing()
    {
        var user = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.CreditAsync(user, Money.FromYuan(30m), "充值", "topup-1"));

        var first = await shop.WithAccountsAsync(a => a.DebitAsync(user, Money.FromYuan(12.5m), "订单支付", "HJ20261124001"));
        var again = await shop.WithAccountsAsync(a => a.DebitAsync(user, Money.FromYuan(12.5m), "订单支付", "HJ20261124001"));
        var repeatedCredit = await shop.WithAccountsAsync(a => a.CreditAsync(user, Money.FromYuan(30m), "充值", "topup-1"));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(Money.FromYuan(17.5m), again.BalanceAfter);
        Assert.Equal(Money.FromYuan(30m), repeatedCredit.BalanceAfter);
        Assert.Equal(Money.FromYuan(17.5m), await shop.WithAccountsAsync(a => a.GetBalanceAsync(user)));
        Assert.Equal(2, (await shop.WithAccountsAsync(a => a.LedgerAsync(user, 1))).Count);
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.DebitAsync(user, Money.FromYuan(1m), "订单支付", "HJ20261124001")));
    }

    [Fact]
    public async Task A_debit_in_a_rolled_back_unit_of_work_leaves_no_trace()
    {
        var user = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.CreditAsync(user, Money.FromYuan(20m), "充值", "topup-1"));

        await using (var scope = await shop.ScopeAsync())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<IBalanceAccounts>();
            await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync();
            var movement = await accounts.DebitAsync(user, Money.FromYuan(5m), "订单支付", "HJ-rolled-back");
            Assert.Equal(Money.FromYuan(15m), movement.BalanceAfter);
            // The order failed after paying: no commit.
        }

        Assert.Equal(Money.FromYuan(20m), await shop.WithAccountsAsync(a => a.GetBalanceAsync(user)));
        var ledger = await shop.WithAccountsAsync(a => a.LedgerAsync(user, 1));
        Assert.DoesNotContain(ledger, m => m.Reference == "HJ-rolled-back");
        // The reference is free again: the retried order can pay.
        var retried = await shop.WithAccountsAsync(a => a.DebitAsync(user, Money.FromYuan(5m), "订单支付", "HJ-rolled-back"));
        Assert.Equal(Money.FromYuan(15m), retried.BalanceAfter);
        Assert.True((await shop.WithAccountsAsync(a => a.VerifyLedgerAsync())).IsIntact);
    }

    [Fact]
    public async Task A_refused_debit_leaves_the_callers_transaction_usable()
    {
        var user = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.CreditAsync(user, Money.FromYuan(3m), "充值", "topup-1"));

        await shop.InUnitOfWorkAsync(async a =>
        {
            var refused = await Assert.ThrowsAsync<ShopException>(() => a.DebitAsync(user, Money.FromYuan(5m), "订单支付", "HJ-too-big"));
            Assert.Equal("Insufficient balance", refused.Text.English);
            return await a.DebitAsync(user, Money.FromYuan(2m), "订单支付", "HJ-fits");
        });

        Assert.Equal(Money.FromYuan(1m), await shop.WithAccountsAsync(a => a.GetBalanceAsync(user)));
    }

    [Fact]
    public async Task Staff_adjustments_need_a_reason_and_cannot_take_the_balance_below_zero()
    {
        var user = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.AdjustAsync(user, Money.FromYuan(8m), "补偿", ShopFactory.AdminUserName, Guid.NewGuid()));

        var noReason = await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.AdjustAsync(user, Money.FromYuan(5m), "  ", ShopFactory.AdminUserName, Guid.NewGuid())));
        Assert.Equal("请填写调整原因", noReason.Text.Chinese);
        var belowZero = await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.AdjustAsync(user, Money.FromYuan(-8.01m), "扣回", ShopFactory.AdminUserName, Guid.NewGuid())));
        Assert.Equal("调整后余额不能小于零", belowZero.Text.Chinese);
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.AdjustAsync(user, Money.Zero, "无", ShopFactory.AdminUserName, Guid.NewGuid())));

        var down = await shop.WithAccountsAsync(a => a.AdjustAsync(user, Money.FromYuan(-8m), "扣回", ShopFactory.AdminUserName, Guid.NewGuid()));
        Assert.Equal(Money.Zero, down.BalanceAfter);
        Assert.Equal(ShopFactory.AdminUserName, down.Actor);
        Assert.Equal(2, (await shop.WithAccountsAsync(a => a.LedgerAsync(user, 1))).Count);
    }

    [Fact]
    public async Task Absurd_amounts_are_refused()
    {
        var user = BalanceShop.NewUserId();
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.CreditAsync(user, new Money(-100), "充值", "neg")));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.DebitAsync(user, Money.Zero, "订单支付", "zero")));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.CreditAsync(user, new Money(long.MaxValue), "充值", "huge")));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithAccountsAsync(a => a.CreditAsync(user, OneYuan, "充值", " ")));
        Assert.Equal(Money.Zero, await shop.WithAccountsAsync(a => a.GetBalanceAsync(user)));
    }
}
