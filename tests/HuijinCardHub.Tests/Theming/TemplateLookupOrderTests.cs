using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using HuijinCardHub.Theming.Catalog;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// A page is found in this order: the merchant's override, the active theme, its base theme, the module's own
/// default. A child theme (Arcade, based on Jade) holds only what differs; a module ships pages no theme has.
/// </summary>
public sealed class TemplateLookupOrderTests
{
    private static ThemePackage Theme(string name, string? baseTheme, Dictionary<string, string> templates, Dictionary<string, string>? english = null,
        Dictionary<string, string>? settings = null) =>
        new(new ThemeInfo(name, name, "test", settings ?? [], baseTheme), "HuijinCardHub.Themes." + name, templates,
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en-US"] = english ?? [] });

    private static ModuleTemplates Module(string id, Dictionary<string, string> templates) => new(id, templates);

    private static Site SiteWith(string theme) => new(1, "汇锦卡盟", ["localhost"], theme, null, true, new Dictionary<string, string>());

    [Fact]
    public async Task The_override_beats_the_theme_which_beats_its_base_which_beats_the_module_default()
    {
        var arcade = Theme("Arcade", "Jade", new() { ["layout"] = "<arcade>{{ Content }}</arcade>", ["balance"] = "arcade's own" });
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["balance"] = "jade's" }, SiteWith("Arcade"),
            moreThemes: [arcade], modules: [Module("HuijinCardHub.Balance", new() { ["balance"] = "the module's default" })]);

        await host.Overrides.SaveAsync("Arcade", "balance", "the merchant's");
        Assert.Equal("<arcade>the merchant's</arcade>", await host.Renderer.RenderToStringAsync("balance", null));

        await host.Overrides.DeleteAsync("Arcade", "balance");
        Assert.Equal("<arcade>arcade's own</arcade>", await host.Renderer.RenderToStringAsync("balance", null));

        // Without Arcade's own file, its base theme's; without that, the module's.
        using var childWithout = new ThemingTestHost(new Dictionary<string, string> { ["balance"] = "jade's" }, SiteWith("Arcade"),
            moreThemes: [Theme("Arcade", "Jade", new() { ["layout"] = "<arcade>{{ Content }}</arcade>" })],
            modules: [Module("HuijinCardHub.Balance", new() { ["balance"] = "the module's default" })]);
        Assert.Equal("<arcade>jade's</arcade>", await childWithout.Renderer.RenderToStringAsync("balance", null));

        using var nobody = new ThemingTestHost(site: SiteWith("Arcade"),
            moreThemes: [Theme("Arcade", "Jade", new() { ["layout"] = "<arcade>{{ Content }}</arcade>" })],
            modules: [Module("HuijinCardHub.Balance", new() { ["balance"] = "the module's default" })]);
        Assert.Equal("<arcade>the module's default</arcade>", await nobody.Renderer.RenderToStringAsync("balance", null));
    }

    [Fact]
    public async Task A_child_theme_renders_a_page_it_does_not_have_from_its_base_with_the_base_translations_and_settings()
    {
        var arcade = Theme("Arcade", "Jade", new() { ["layout"] = "<arcade>{{ Content }}</arcade>" }, english: new() { ["游戏专区"] = "Game zones" });
        var jadeTemplates = new Dictionary<string, string> { ["page"] = "{{ \"欢迎光临\" | t }}|{{ \"游戏专区\" | t }}|{{ Theme.Settings.footerText }}" };
        using var host = new ThemingTestHost(jadeTemplates, SiteWith("Arcade"), moreThemes: [arcade]);

        var chinese = await host.Renderer.RenderToStringAsync("page", null);
        Assert.Equal("<arcade>欢迎光临|游戏专区|默认页脚</arcade>", chinese);

        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-US");
        try
        {
            // "Welcome" is only in Jade's i18n, "Game zones" only in Arcade's.
            Assert.Equal("<arcade>Welcome|Game zones|默认页脚</arcade>", await host.Renderer.RenderToStringAsync("page", null));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_module_default_is_used_when_no_theme_has_the_page_and_the_admin_lists_it()
    {
        using var host = new ThemingTestHost(modules: [Module("HuijinCardHub.Orders", new() { ["lookup"] = "<h1>订单查询 {{ Model.Title }}</h1>" })]);

        var html = await host.Renderer.RenderToStringAsync("lookup", new PageModel("#1", ""));

        Assert.Contains("<main><h1>订单查询 #1</h1></main>", html, StringComparison.Ordinal);
        Assert.Contains("lookup", host.Catalog.GetTemplateNames("Jade"));
        Assert.Equal("module:HuijinCardHub.Orders", host.Catalog.GetTemplateOwner("Jade", "lookup"));
        Assert.Equal("<h1>订单查询 {{ Model.Title }}</h1>", host.Catalog.GetOriginalSource("Jade", "lookup"));

        // The merchant overrides a module's page like any other.
        await host.Overrides.SaveAsync("Jade", "lookup", "<p>我的查询页</p>");
        Assert.Contains("<main><p>我的查询页</p></main>", await host.Renderer.RenderToStringAsync("lookup", null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_whose_base_is_missing_or_circular_falls_back_to_the_default_theme_and_the_modules()
    {
        var orphan = Theme("Orphan", "NoSuchTheme", new() { ["home"] = "orphan's home" });
        var ping = Theme("Ping", "Pong", new() { ["home"] = "ping" });
        var pong = Theme("Pong", "Ping", []);
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["notfound"] = "jade's 404" }, SiteWith("Orphan"),
            moreThemes: [orphan, ping, pong], modules: [Module("HuijinCardHub.Content", new() { ["page"] = "the module's page" })]);
        var catalog = (ThemeCatalog)host.Catalog;

        Assert.Contains("NoSuchTheme", catalog.LineageOf(orphan).Problem!.English, StringComparison.Ordinal);
        Assert.Contains("cycle", catalog.LineageOf(ping).Problem!.English, StringComparison.Ordinal);
        Assert.Equal(["Ping", "Pong"], catalog.LineageOf(ping).Themes.Select(t => t.Name));

        // The layout and 404 page come from the default theme (Jade), the page from its module: no error page.
        Assert.Contains("<main>orphan's home</main>", await host.Renderer.RenderToStringAsync("home", null), StringComparison.Ordinal);
        Assert.Contains("<main>jade's 404</main>", await host.Renderer.RenderToStringAsync("notfound", null), StringComparison.Ordinal);
        Assert.Contains("<main>the module's page</main>", await host.Renderer.RenderToStringAsync("page", null), StringComparison.Ordinal);

        host.Site = SiteWith("Pong");
        Assert.Contains("<main>ping</main>", await host.Renderer.RenderToStringAsync("home", null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_nobody_ships_is_a_clear_bilingual_error()
    {
        using var host = new ThemingTestHost();

        var error = await Assert.ThrowsAsync<ShopException>(() => host.Renderer.RenderToStringAsync("account-coupons", null));

        Assert.Contains("account-coupons", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("no enabled module ships one", error.Text.English, StringComparison.Ordinal);
    }
}
