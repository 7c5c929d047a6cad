namespace HuijinCardHub.Pricing;

/// <summary>
/// One step of the price pipeline (base price, member discount, wholesale tier, site markup, margin floor...).
/// Adjusters run in ascending <see cref="Order"/> and change <see cref="PriceContext.UnitPrice"/>.
/// </summary>
public interface IPriceAdjuster
{
    /// <summary>Base price 0, member level 100, wholesale 200, site markup 300, margin floor 1000.</summary>
    int Order { get; }

    ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken);
}
