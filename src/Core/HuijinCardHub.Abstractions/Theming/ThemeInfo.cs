using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming;

/// <summary>A storefront theme the shop can choose, read from its theme.json.</summary>
/// <param name="BaseTheme">theme.json's "baseTheme": the theme this one inherits templates, translations and settings from; null for none.</param>
public sealed record ThemeInfo(string Name, string DisplayName, string Description, IReadOnlyDictionary<string, string> DefaultSettings, string? BaseTheme = null);
