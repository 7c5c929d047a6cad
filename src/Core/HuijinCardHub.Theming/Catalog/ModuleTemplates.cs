namespace HuijinCardHub.Theming.Catalog;

/// <summary>
/// The storefront pages an enabled module ships as its own defaults (embedded <c>Views/Storefront/&lt;name&gt;.liquid</c>),
/// used when neither the merchant, the active theme nor its base themes have the template.
/// </summary>
internal sealed record ModuleTemplates(string ModuleId, IReadOnlyDictionary<string, string> Templates)
{
    /// <summary>The parsed-template cache and the admin tell a module's default from a theme's file by this key.</summary>
    public string CacheKey => "module:" + ModuleId;
}
