using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Balance;

/// <summary>Someone with database access changes a movement: the chain gives them away. Its own shop, as it breaks the ledger.</summary>
public sealed class LedgerTamperTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task Changing_one_movements_amount_with_raw_sql_is_reported_at_that_row()
    {
        var alice = BalanceShop.NewUserId();
        var bob = BalanceShop.NewUserId();
        await shop.WithAccountsAsync(a => a.CreditAsync(alice, Money.FromYuan(50m), "充值", "topup-a"));
        var target = await shop.WithAccountsAsync(a => a.DebitAsync(alice, Money.FromYuan(20m), "订单支付", "HJ-a-1"));
        await shop.WithAccountsAsync(a => a.CreditAsync(bob, Money.FromYuan(9m), "充值", "topup-b"));
        Assert.True((await shop.WithAccountsAsync(a => a.VerifyLedgerAsync())).IsIntact);

        await using (var scope = await shop.ScopeAsync())
        {
            var connection = scope.ServiceProvider.GetRequiredService<IShellDatabase>().Connection;
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"Balance_Movements\" SET \"AmountFen\" = -200 WHERE \"Id\" = @id";
            var id = command.CreateParameter();
            id.ParameterName = "@id";
            id.Value = target.Id;
            command.Parameters.Add(id);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var result = await shop.WithAccountsAsync(a => a.VerifyLedgerAsync());
        Assert.False(result.IsIntact);
        Assert.Equal(target.Id, result.BrokenMovementId);
        Assert.Equal(target.Sequence, result.BrokenSequence);
        Assert.Contains("hash", result.Problem!.English, StringComparison.Ordinal);
    }
}
