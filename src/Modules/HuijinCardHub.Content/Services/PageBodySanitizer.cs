using Ganss.Xss;

namespace HuijinCardHub.Content.Services;

/// <summary>Rich text from the admin or a recipe is cleaned once, on save, so the storefront can print it as is.</summary>
internal sealed class PageBodySanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html);
}
