using HuijinCardHub.Orders.Services;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>Turns priced lines into what the checkout and cart templates show.</summary>
internal static class CheckoutPages
{
    public static CheckoutLineModel Line(PricedLine priced, int? index = null)
    {
        var line = priced.Line;
        var inputs = OrderFormat.Inputs(line.InputsJson);
        var hidden = new List<NameValueModel>();
        if (index is null)
        {
            hidden.Add(new NameValueModel("variant", line.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            hidden.Add(new NameValueModel("quantity", line.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            hidden.AddRange(inputs.Select(i => new NameValueModel(StorefrontForm.InputPrefix + i.Name, i.Value)));
        }

        return new CheckoutLineModel(line.GoodsName, line.VariantName, line.VariantId, line.Quantity,
            OrderFormat.Yuan(line.UnitPriceFen), OrderFormat.Yuan(line.UnitPriceFen * line.Quantity), priced.PriceNote, inputs, hidden);
    }

    public static string Total(IEnumerable<PricedLine> lines) => OrderFormat.Yuan(lines.Sum(l => l.Line.UnitPriceFen * l.Line.Quantity));
}
