using HuijinCardHub.Orders;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Whether sample codes (those a shop template imported) may be reserved and shown as stock now: only while the shop
/// is not live (<see cref="ILiveShop"/>, the one rule), so a merchant can try a template end to end with the sandbox
/// channel, and a live shop never sells a code that was published with the template.
/// </summary>
internal sealed class SampleSales(IEnumerable<ILiveShop> liveShop)
{
    // Asked once per request: a cart reserves line by line, inside a transaction where settings are read uncached.
    private bool? _allowed;

    public async Task<bool> AllowedAsync(CancellationToken cancellationToken) =>
        _allowed ??= liveShop.FirstOrDefault() is { } rule && !await rule.IsLiveAsync(cancellationToken);
}
