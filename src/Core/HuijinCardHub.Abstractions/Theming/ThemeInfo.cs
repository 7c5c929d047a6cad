using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming;

/// <summary>A storefront theme the shop can choose, read from its theme.json.</summary>
public sealed record ThemeInfo(string Name, string DisplayName, string Description, IReadOnlyDictionary<string, string> DefaultSettings);
