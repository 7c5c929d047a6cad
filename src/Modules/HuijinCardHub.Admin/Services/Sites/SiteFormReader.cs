using System.Text.RegularExpressions;
using HuijinCardHub.Admin.Models;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;

namespace HuijinCardHub.Admin.Services.Sites;

/// <summary>Checks a posted site form against the other sites and turns it into a <see cref="Site"/>.</summary>
internal static partial class SiteFormReader
{
    public const int MaxNameLength = 100;

    public static IReadOnlyList<string> HostNames(string? text) =>
        [.. (text ?? "").Split([',', '，', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(HuijinCardHub.Sites.HostNames.Normalize)
            .Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<Bilingual> Validate(SiteForm form, Site? existing, IReadOnlyList<Site> allSites)
    {
        var errors = new List<Bilingual>();
        var name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new Bilingual("请填写分站名称", "Enter the sub-station's name"));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new Bilingual($"分站名称不能超过 {MaxNameLength} 个字符", $"The name can have at most {MaxNameLength} characters"));
        }

        var hosts = HostNames(form.HostNames);
        // The default site answers every unknown host; any other site is reached only by its own names.
        if (hosts.Count == 0 && existing?.IsDefault != true)
        {
            errors.Add(new Bilingual("分站至少需要一个主机名", "A sub-station needs at least one host name"));
        }

        foreach (var host in hosts)
        {
            if (host.Length > 253 || !HostPattern().IsMatch(host))
            {
                errors.Add(new Bilingual($"主机名「{host}」无效", $"Host name \"{host}\" is not valid"));
                continue;
            }

            var owner = allSites.FirstOrDefault(s => s.Id != (existing?.Id ?? 0) && s.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase));
            if (owner is not null)
            {
                errors.Add(new Bilingual($"主机名「{host}」已被分站「{owner.Name}」使用", $"Host name \"{host}\" is already used by \"{owner.Name}\""));
            }
        }

        if (string.IsNullOrWhiteSpace(form.Theme))
        {
            errors.Add(new Bilingual("请选择主题", "Choose a theme"));
        }

        var logo = form.LogoUrl?.Trim();
        if (!string.IsNullOrEmpty(logo) && !IsSafeLogoUrl(logo))
        {
            errors.Add(new Bilingual("Logo 地址须以 / 开头，或是 http(s) 网址", "The logo URL must start with / or be an http(s) address"));
        }

        return errors;
    }

    public static Site ToSite(SiteForm form, Site? existing) => new(
        existing?.Id ?? 0,
        form.Name!.Trim(),
        HostNames(form.HostNames),
        form.Theme!.Trim(),
        string.IsNullOrWhiteSpace(form.LogoUrl) ? null : form.LogoUrl.Trim(),
        existing?.IsDefault ?? false,
        existing?.Settings ?? new Dictionary<string, string>(),
        // Kept as it is: the public address has its own form, behind a stronger permission.
        existing?.PublicAddress);

    public static SiteForm ToForm(Site site) => new()
    {
        Name = site.Name,
        HostNames = string.Join(", ", site.HostNames),
        Theme = site.Theme,
        LogoUrl = site.LogoUrl,
    };

    /// <summary>No "javascript:" or protocol-relative tricks: a site path or a plain web address.</summary>
    private static bool IsSafeLogoUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) ||
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    /// <summary>Labels of letters, digits and hyphens, optionally with a port ("shop.example.com:8080", "localhost").</summary>
    [GeneratedRegex(@"^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
