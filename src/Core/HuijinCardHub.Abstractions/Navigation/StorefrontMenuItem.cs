namespace HuijinCardHub.Navigation;

/// <param name="Menu">One of <see cref="StorefrontMenus"/> (or a menu a theme and a module agree on).</param>
/// <param name="Position">Lower first; leave gaps (10, 20...) so another module can fit between.</param>
public sealed record StorefrontMenuItem(string Menu, Text.Bilingual Text, string Url, int Position = 0);
