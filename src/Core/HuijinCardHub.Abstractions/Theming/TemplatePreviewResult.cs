using HuijinCardHub.Text;

namespace HuijinCardHub.Theming;

/// <summary>Either the page's HTML or why it could not be rendered.</summary>
public sealed record TemplatePreviewResult(string? Html, Bilingual? Error)
{
    public bool Succeeded => Error is null;
}
