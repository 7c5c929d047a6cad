using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming;

/// <summary>
/// Renders a storefront page with the current site's theme: the named Liquid template inside the
/// theme's layout. A template override stored in the database wins over the theme's own file.
/// </summary>
public interface IStorefrontRenderer
{
    /// <param name="template">"home", "page", "category", ... (without ".liquid").</param>
    /// <param name="model">Exposed to Liquid as <c>Model</c>; only types marked <see cref="LiquidModelAttribute"/> are readable.</param>
    Task<IResult> RenderAsync(string template, object? model, string? title = null, CancellationToken cancellationToken = default);

    Task<string> RenderToStringAsync(string template, object? model, string? title = null, CancellationToken cancellationToken = default);
}

/// <summary>Allow-lists a type's public properties for Liquid templates. Nothing else is reachable.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LiquidModelAttribute : Attribute;

/// <summary>A storefront theme the shop can choose, read from its theme.json.</summary>
public sealed record ThemeInfo(string Name, string DisplayName, string Description, IReadOnlyDictionary<string, string> DefaultSettings);

/// <summary>Adds things a theme's layout shows on every page (navigation, announcement).</summary>
public interface ILayoutDataProvider
{
    Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken);
}
