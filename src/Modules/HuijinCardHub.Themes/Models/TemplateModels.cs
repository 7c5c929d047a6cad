using HuijinCardHub.Theming;

namespace HuijinCardHub.Themes.Models;

internal sealed record TemplateRow(string Name, bool IsOverridden, DateTime? UpdatedUtc);

internal sealed record TemplateListModel(ThemeInfo Theme, IReadOnlyList<TemplateRow> Templates);

/// <param name="Source">What the editor shows: the posted text after a preview, else the override or the original.</param>
/// <param name="PreviewHtml">The rendered page after a successful preview.</param>
/// <param name="Error">A syntax or render error to show above the editor.</param>
internal sealed record TemplateEditModel(ThemeInfo Theme, string Template, string Source, bool IsOverridden, string? PreviewHtml = null, string? Error = null);
