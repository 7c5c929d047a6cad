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
