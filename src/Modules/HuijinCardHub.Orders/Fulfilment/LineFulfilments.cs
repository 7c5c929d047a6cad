using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// The enabled features' fulfilments by goods kind key. Orders asks here for a line's fulfilment and never asks
/// what the kind is: a module that registers an <see cref="IOrderLineFulfilment"/> adds a kind Orders can sell.
/// </summary>
internal sealed class LineFulfilments(IEnumerable<IOrderLineFulfilment> registered)
{
    private readonly Dictionary<string, IOrderLineFulfilment> _byKind = Index(registered);

    /// <summary>The fulfilment of a kind, or null when no enabled feature serves it (the goods cannot be bought now).</summary>
    public IOrderLineFulfilment? Find(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The line's fulfilment; a line whose kind lost its module (switched off) is out of stock until it is back.</summary>
    public IOrderLineFulfilment For(OrderLine line) =>
        Find(line.Fulfilment) ?? throw new ShopException(OrderErrors.OutOfStockFor(line.GoodsName));

    public static FulfilmentLine Describe(string orderNo, OrderLine line) =>
        new(orderNo, line.Id, line.Holder, line.GoodsId, line.VariantId, line.GoodsName, line.Quantity, line.InputsJson);

    private static Dictionary<string, IOrderLineFulfilment> Index(IEnumerable<IOrderLineFulfilment> registered)
    {
        var byKind = new Dictionary<string, IOrderLineFulfilment>(StringComparer.Ordinal);
        foreach (var fulfilment in registered)
        {
            // The last registered wins, as in DI: a plugin may replace a built-in kind's fulfilment (suppliers, top-up).
            byKind[fulfilment.Kind] = fulfilment;
        }

        return byKind;
    }
}
