namespace HuijinCardHub.Catalog;

/// <summary>
/// The keys of the built-in goods kinds, as fulfilments (<see cref="Orders.Fulfilment.IOrderLineFulfilment.Kind"/>)
/// and order lines carry them. The catalogue stores a goods' kind as a number (<see cref="GoodsKind"/>); a number
/// without a name here is a plugin's kind, keyed "kind-{number}", so a plugin needs no change to the enum.
/// </summary>
public static class GoodsKinds
{
    public const string Code = "code";

    public const string DirectTopUp = "direct-top-up";

    public const string Manual = "manual";

    /// <summary>The one mapping from the catalogue's number to the key.</summary>
    public static string KeyOf(GoodsKind kind) => kind switch
    {
        GoodsKind.Code => Code,
        GoodsKind.DirectTopUp => DirectTopUp,
        GoodsKind.Manual => Manual,
        _ => "kind-" + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
