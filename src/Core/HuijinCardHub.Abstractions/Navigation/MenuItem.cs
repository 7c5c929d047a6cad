namespace HuijinCardHub.Navigation;

/// <param name="Text">The Chinese and English caption.</param>
/// <param name="Group">Items with the same group are shown together under it (e.g. 系统 / System).</param>
public sealed record MenuItem(Text.Bilingual Text, string Url, string? Permission = null, string Group = "", int Position = 0, string Icon = "");
