using System.Security.Claims;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HuijinCardHub.Themes.Admin.Navigation;

/// <summary>
/// Collects the "admin" menu from every enabled feature, drops what the user may not open,
/// and groups it for the sidebar.
/// </summary>
internal sealed class AdminMenuBuilder(IServiceProvider services)
{
    public const string AdminMenu = "admin";

    public async Task<IReadOnlyList<AdminMenuGroup>> BuildAsync(ClaimsPrincipal user, string currentPath)
    {
        var checker = services.GetService<IPermissionChecker>();
        var visible = new List<(MenuItem Item, INavigationProvider Provider)>();
        foreach (var provider in services.GetServices<INavigationProvider>().Where(p => p.Menu == AdminMenu))
        {
            var builder = new NavigationBuilder();
            provider.Build(builder);
            foreach (var item in builder.Items)
            {
                if (await MayOpenAsync(checker, user, item.Permission))
                {
                    visible.Add((item, provider));
                }
            }
        }

        var activeUrl = FindActiveUrl(visible.Select(v => v.Item.Url), currentPath);
        return visible
            .GroupBy(v => v.Item.Group, StringComparer.Ordinal)
            // Ungrouped items (the dashboard) come first; groups follow their first item's position.
            .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Min(v => v.Item.Position))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AdminMenuGroup(
                GroupTitle(g.Key, g.First().Provider),
                [.. g.OrderBy(v => v.Item.Position)
                    .ThenBy(v => v.Item.Text.ToString(), StringComparer.CurrentCulture)
                    .Select(v => new AdminMenuEntry(v.Item.Text.ToString(), v.Item.Url, IconClass(v.Item.Icon), v.Item.Url == activeUrl))]))
            .ToList();
    }

    private static async Task<bool> MayOpenAsync(IPermissionChecker? checker, ClaimsPrincipal user, string? permission)
    {
        if (string.IsNullOrEmpty(permission))
        {
            return true;
        }

        // Without a checker (the Users feature is off) nobody can prove a permission.
        return checker is not null && await checker.HasAsync(user, new Permission(permission, new Bilingual(permission, permission)));
    }

    /// <summary>The longest menu URL the current path lies under, so "/admin" does not light up on every page.</summary>
    private static string? FindActiveUrl(IEnumerable<string> urls, string currentPath) =>
        urls.Where(url => IsUnder(currentPath, url)).OrderByDescending(url => url.Length).FirstOrDefault();

    private static bool IsUnder(string path, string url)
    {
        var trimmed = url.TrimEnd('/');
        return path.Equals(trimmed, StringComparison.OrdinalIgnoreCase) ||
            (trimmed.Length > 0 && path.StartsWith(trimmed + "/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"系统 / System" carries both languages; a bare group name is looked up in the module's own i18n file, then the theme's.</summary>
    private string GroupTitle(string group, INavigationProvider provider)
    {
        if (group.Length == 0)
        {
            return "";
        }

        var parts = group.Split('/', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2)
        {
            return new Bilingual(parts[0], parts[1]).ToString();
        }

        var factory = services.GetService<IStringLocalizerFactory>();
        if (factory is null)
        {
            return group;
        }

        var own = factory.Create(provider.GetType())[group];
        return own.ResourceNotFound ? factory.Create(typeof(AdminThemeText))[group].Value : own.Value;
    }

    /// <summary>Icons are Tabler webfont names ("settings" or "ti-settings"); a class list with spaces is taken as given.</summary>
    private static string IconClass(string icon)
    {
        if (icon.Length == 0)
        {
            return "ti ti-point";
        }

        if (icon.Contains(' ', StringComparison.Ordinal))
        {
            return icon;
        }

        return icon.StartsWith("ti-", StringComparison.Ordinal) ? "ti " + icon : "ti ti-" + icon;
    }
}
