namespace HuijinCardHub.Theming.Catalog;

/// <summary>Where a template's shipped source was found: a theme's name, or <c>module:&lt;id&gt;</c> for a module's default.</summary>
internal sealed record TemplateOrigin(string Owner, string Source);
