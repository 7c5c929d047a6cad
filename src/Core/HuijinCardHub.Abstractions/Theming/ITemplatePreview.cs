using HuijinCardHub.Text;

namespace HuijinCardHub.Theming;

/// <summary>Renders template source that is not saved yet, so a merchant sees an edit before the buyers do.</summary>
public interface ITemplatePreview
{
    /// <summary>Renders <paramref name="source"/> as <paramref name="template"/> of the theme, inside its layout, with sample data.</summary>
    Task<TemplatePreviewResult> RenderAsync(string theme, string template, string source, CancellationToken cancellationToken = default);

    /// <summary>Checks the syntax only; null when the source parses.</summary>
    Bilingual? CheckSyntax(string source);
}

/// <summary>Either the page's HTML or why it could not be rendered.</summary>
public sealed record TemplatePreviewResult(string? Html, Bilingual? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Gives the preview a realistic model for a template a feature renders ("page", "home", ...).</summary>
public interface ITemplateSampleProvider
{
    /// <summary>A model for the template, or null when this provider does not know the template.</summary>
    object? GetSample(string template);
}
