using System.Globalization;

namespace HuijinCardHub.Localization;

/// <summary>The UI languages of the shop: Chinese first, English complete.</summary>
public static class ShopCultures
{
    public const string Default = "zh-CN";
    public const string English = "en-US";

    public static readonly IReadOnlyList<string> Supported = [Default, English];

    public static IReadOnlyList<CultureInfo> SupportedCultures { get; } = Supported.Select(CultureInfo.GetCultureInfo).ToList();

    /// <summary>The supported culture a requested name stands for ("en", "EN-us" → en-US), or null.</summary>
    public static string? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim();
        return Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            ?? Supported.FirstOrDefault(c => c.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase));
    }
}
