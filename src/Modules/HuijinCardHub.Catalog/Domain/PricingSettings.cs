using HuijinCardHub.Settings;

namespace HuijinCardHub.Catalog.Domain;

[SettingsSection("Pricing", Title = "定价 / Pricing", Permission = "ManagePrices")]
internal sealed class PricingSettings
{
    /// <summary>No price goes below cost plus this margin (300 = 3%).</summary>
    public int MinimumMarginBasisPoints { get; set; } = 300;

    /// <summary>A manager's decision to let discounts push prices under the floor.</summary>
    public bool AllowBelowFloor { get; set; }
}
