using HuijinCardHub.Orders.Checkout;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Runs the enabled features' price contributors and checkout checks over a priced checkout, before anything is
/// written: a refusal throws (no order, nothing reserved), discounts and a hold come back to be written with the order.
/// With neither registered nothing is built (the usual shop, and the checkout bench, pay nothing for the seam).
/// </summary>
internal sealed class CheckoutExtensions(
    IEnumerable<ICheckoutPriceContributor> contributors,
    IEnumerable<ICheckoutCheck> checks,
    ISiteAccessor sites)
{
    private readonly ICheckoutPriceContributor[] _contributors = contributors.OrderBy(c => c.Order).ToArray();
    private readonly ICheckoutCheck[] _checks = checks.OrderBy(c => c.Order).ToArray();

    public async Task<CheckoutOutcome> RunAsync(CheckoutRequest request, string? contact, IReadOnlyList<PricedLine> priced, CancellationToken cancellationToken)
    {
        if (_contributors.Length == 0 && _checks.Length == 0)
        {
            return CheckoutOutcome.Nothing;
        }

        var context = new CheckoutContext(
            new CheckoutBuyer(request.UserId, request.UserName, contact),
            await sites.GetCurrentAsync(cancellationToken),
            priced.Select((p, i) => new CheckoutLineInfo(i + 1, p.Line.GoodsId, p.Line.VariantId, p.Line.GoodsName, p.Line.Fulfilment, p.Line.Quantity,
                new Money(p.Line.UnitPriceFen), new Money(p.Line.CostFen), p.Floor)).ToList(),
            new CheckoutRequestInfo(request.ClientIp, request.UserAgent, request.RequestId));

        var discounts = new CheckoutDiscounts(context.Lines);
        foreach (var contributor in _contributors)
        {
            await contributor.ContributeAsync(context, discounts, cancellationToken);
        }

        var holds = new List<Bilingual>();
        foreach (var check in _checks)
        {
            var verdict = await check.CheckAsync(context, cancellationToken);
            switch (verdict.Kind)
            {
                case CheckoutVerdictKind.Refuse:
                    throw new ShopException(verdict.Reason ?? OrderErrors.Refused);
                case CheckoutVerdictKind.HoldForReview:
                    holds.Add(verdict.Reason ?? OrderErrors.HeldForReview);
                    break;
            }
        }

        var given = discounts.Added.Where(d => d.Amount.Fen > 0 || d.CutByFloor)
            .Select(d => new OrderDiscount(d.LineNumber, d.Amount.Fen, d.Asked.Fen, d.Label.Chinese, d.Label.English, d.Source)).ToList();
        var hold = holds.Count == 0 ? null : new Bilingual(string.Join("；", holds.Select(h => h.Chinese)), string.Join("; ", holds.Select(h => h.English)));
        return new CheckoutOutcome(given, discounts.Total.Fen, hold);
    }
}

/// <param name="DiscountFen">Taken off the order's total.</param>
/// <param name="HoldReason">Why a check held the order for review; null: deliver once paid.</param>
internal sealed record CheckoutOutcome(IReadOnlyList<OrderDiscount> Discounts, long DiscountFen, Bilingual? HoldReason)
{
    public static CheckoutOutcome Nothing { get; } = new([], 0, null);
}
