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
