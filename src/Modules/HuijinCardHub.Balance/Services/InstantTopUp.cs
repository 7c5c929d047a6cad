using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;

namespace HuijinCardHub.Balance.Services;

/// <summary>
/// The sandbox `instant` channel: a top-up is confirmed at once, with no payment, so the whole buying flow
/// runs on one machine. Off by default; real gateways arrive with the payments module.
/// </summary>
internal sealed class InstantTopUp(ISettingsStore settings, IBalanceAccounts accounts)
{
    public const string Channel = "instant";

    public static readonly Bilingual Closed = new("充值通道暂未开放", "Top-up is not open");

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken) =>
        (await settings.GetAsync<BalanceSettings>(cancellationToken)).InstantTestChannel;

    /// <param name="requestId">The form's one-time id: a double-submitted form credits once.</param>
    public async Task<BalanceMovement> TopUpAsync(string userId, Money amount, Guid requestId, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<BalanceSettings>(cancellationToken);
        if (!current.InstantTestChannel)
        {
            throw new ShopException(Closed);
        }

        var problem = TopUpAmount.Check(amount, new Money(current.MaxTopUpFen));
        if (problem is not null)
        {
            throw new ShopException(problem);
        }

        return await accounts.CreditAsync(userId, amount, "充值（测试通道）/ Top-up (test channel)", $"topup:{Channel}:{requestId:N}", cancellationToken);
    }
}
