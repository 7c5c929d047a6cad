namespace HuijinCardHub.Admin.Models;

/// <summary>What the site form posts. Public because MVC binds it into a public action.</summary>
public sealed class SiteForm
{
    public string? Name { get; set; }

    /// <summary>Comma-separated, as typed.</summary>
    public string? HostNames { get; set; }

    public string? Theme { get; set; }

    public string? LogoUrl { get; set; }
}

internal sealed record ThemeChoice(string Value, string Text);

internal sealed record SiteEditModel(long Id, bool IsDefault, SiteForm Form, IReadOnlyList<ThemeChoice> Themes, IReadOnlyList<string> Errors, string? PublicAddress = null)
{
    public bool IsNew => Id == 0;
}
