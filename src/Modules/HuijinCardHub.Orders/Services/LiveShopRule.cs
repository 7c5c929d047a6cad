using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The one place that says whether the shop is live: while the sandbox `instant` channel is on, anyone can have an
/// order marked paid without money, so the shop is being tried out, not selling. Payment modules refine this rule here.
/// </summary>
internal sealed class LiveShopRule(ISettingsStore settings) : ILiveShop
{
    public async Task<bool> IsLiveAsync(CancellationToken cancellationToken = default) =>
        !(await settings.GetAsync<OrderSettings>(cancellationToken)).InstantTestChannel;
}
