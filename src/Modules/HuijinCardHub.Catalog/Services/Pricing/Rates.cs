using System.Globalization;

namespace HuijinCardHub.Catalog.Services.Pricing;

internal static class Rates
{
    /// <summary>9500 → "95%", 9550 → "95.5%".</summary>
    public static string Percent(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
