using HuijinCardHub.Text;

namespace HuijinCardHub.Pricing;

/// <summary>One adjustment: the unit price before and after.</summary>
public sealed record PriceStep(string Code, Bilingual Description, Money Before, Money After)
{
    public Money Change => After - Before;
}
