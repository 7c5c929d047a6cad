using Ganss.Xss;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Goods descriptions from the admin or a recipe are cleaned once, on save, so the storefront prints them as is.</summary>
internal sealed class DescriptionSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html);
}
