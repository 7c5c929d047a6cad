using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Balance;

/// <summary>Helpers for balance tests: the feature switched on, and work done the way a use case does it.</summary>
internal static class BalanceShop
{
    public const string Feature = "HuijinCardHub.Balance";

    /// <summary>A scope of the shell with the Balance feature on (enabled on first use).</summary>
    public static async Task<AsyncServiceScope> ScopeAsync(this ShopFactory shop)
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            var features = scope.ServiceProvider.GetRequiredService<IShellFeatures>();
            if (!features.Enabled.Contains(Feature))
            {
                await features.EnableAsync([Feature]);
            }
        }

        return await shop.ShellScopeAsync();
    }

    /// <summary>Runs the action in its own scope and unit of work, committed when it returns.</summary>
    public static async Task<T> InUnitOfWorkAsync<T>(this ShopFactory shop, Func<IBalanceAccounts, Task<T>> action)
    {
        await using var scope = await shop.ScopeAsync();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync();
        var result = await action(scope.ServiceProvider.GetRequiredService<IBalanceAccounts>());
        await transaction.CommitAsync();
        return result;
    }

    public static Task<T> WithAccountsAsync<T>(this ShopFactory shop, Func<IBalanceAccounts, Task<T>> action) =>
        shop.InUnitOfWorkAsync(action);

    public static string NewUserId() => "member-" + Guid.NewGuid().ToString("N");
}
