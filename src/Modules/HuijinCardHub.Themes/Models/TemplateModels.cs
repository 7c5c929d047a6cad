using HuijinCardHub.Text;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Themes.Models;

/// <param name="SwitchedOff">Why the storefront stopped using this override after it kept failing; null while in use.</param>
/// <param name="Owner">Who ships the original: the theme, its base theme, or "module:&lt;id&gt;" for a module's own page.</param>
internal sealed record TemplateRow(string Name, bool IsOverridden, DateTime? UpdatedUtc, Bilingual? SwitchedOff = null, string? Owner = null);

internal sealed record TemplateListModel(ThemeInfo Theme, IReadOnlyList<TemplateRow> Templates);

/// <param name="Source">What the editor shows: the posted text after a preview, else the override or the original.</param>
/// <param name="PreviewHtml">The rendered page after a successful preview.</param>
/// <param name="Error">A syntax or render error to show above the editor.</param>
/// <param name="SwitchedOff">The saved override failed repeatedly on the storefront and is not used: the reason.</param>
internal sealed record TemplateEditModel(
    ThemeInfo Theme, string Template, string Source, bool IsOverridden, string? PreviewHtml = null, string? Error = null, Bilingual? SwitchedOff = null);
