using System.Collections.Concurrent;
using HuijinCardHub.CardCodes;
using HuijinCardHub.Catalog;
using HuijinCardHub.Modules;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

[assembly: Feature("HuijinCardHub.Tests.GiftVouchers", Name = "测试：礼品券商品", Category = "测试", Dependencies = ["HuijinCardHub.Orders"])]

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>
/// A plugin's own goods kind, written as a plugin author would: a fulfilment for a catalogue kind number that
/// <see cref="GoodsKind"/> does not name, registered by its own feature. Orders is not changed for it.
/// </summary>
[Feature("HuijinCardHub.Tests.GiftVouchers")]
internal sealed class GiftVoucherStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IOrderLineFulfilment, GiftVoucherFulfilment>();
}

/// <summary>Vouchers are "issued" into a book the tests read: held at checkout, sent on payment, taken back on expiry.</summary>
internal sealed class GiftVoucherFulfilment : IOrderLineFulfilment
{
    /// <summary>The catalogue number the plugin gives its goods.</summary>
    public const int CatalogueKind = 7;

    public static readonly ConcurrentDictionary<string, string> Book = new();

    public string Kind => GoodsKinds.KeyOf((GoodsKind)CatalogueKind);

    public Bilingual Name { get; } = new("礼品券", "Gift voucher");

    public Task ReserveAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        Book[line.Holder] = $"held × {line.Quantity}";
        return Task.CompletedTask;
    }

    public Task<int> ReleaseAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        Task.FromResult(Book.TryUpdate(line.Holder, "released", $"held × {line.Quantity}") ? line.Quantity : 0);

    public Task<LineDelivery> DeliverAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        Book[line.Holder] = $"sent × {line.Quantity}";
        return Task.FromResult(new LineDelivery(true, line.Quantity));
    }

    public Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken) => Task.FromResult<int?>(null);

    public Bilingual ForBuyer(FulfilmentLine line, bool delivered) =>
        delivered ? new("礼品券已发送到您的邮箱", "Your gift voucher was sent to your e-mail") : new("付款后发送礼品券", "The voucher is sent once paid");

    public Task<IReadOnlyList<DeliveredCode>> RevealAsync(FulfilmentLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveredCode>>([]);
}
