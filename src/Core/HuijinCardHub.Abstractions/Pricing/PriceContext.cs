using HuijinCardHub.Text;

namespace HuijinCardHub.Pricing;
/// <summary>What the price pipeline works on: one variant, a quantity, and the unit price as it goes.</summary>
public sealed class PriceContext
{
    public required long GoodsId { get; init; }

    public required long VariantId { get; init; }

    public required int Quantity { get; init; }

    /// <summary>The variant's list price, as the merchant set it.</summary>
    public required Money BasePrice { get; init; }

    public required Money Cost { get; init; }

    /// <summary>The buyer's member level discount (9500 = 95%); null for a guest or a level without discount.</summary>
    public int? MemberDiscountBasisPoints { get; init; }

    /// <summary>Sub-station markup (1000 = +10%); null lets the site markup adjuster read the current site.</summary>
    public int? SiteMarkupBasisPoints { get; set; }

    /// <summary>The running price of one unit; every adjuster may change it.</summary>
    public Money UnitPrice { get; set; }

    public Money Total => UnitPrice * Quantity;

    /// <summary>
    /// The least one unit may sell for (cost plus the minimum margin), set by the margin floor step; null when no
    /// floor holds. Checkout discounts stop at it.
    /// </summary>
    public Money? Floor { get; set; }

    /// <summary>What each adjuster did, in order, for display ("会员九五折 -¥0.49").</summary>
    public List<PriceStep> Steps { get; } = [];

    public void Apply(string code, Bilingual description, Money newUnitPrice)
    {
        Steps.Add(new PriceStep(code, description, UnitPrice, newUnitPrice));
        UnitPrice = newUnitPrice;
    }
}
