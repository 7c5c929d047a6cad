using System.Net;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Shop;

/// <summary>The owner opens the admin of a new shop: each module's card is drawn from that module's own view.</summary>
public sealed class AdminDashboardTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task The_owner_of_a_new_shop_sees_its_summary_and_what_to_set_up_next()
    {
        var owner = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);

        var dashboard = await owner.GetStringAsync("/admin");

        // The Admin module's summary card, with the shop's name as set up.
        Assert.Contains("店铺概况", dashboard, StringComparison.Ordinal);
        Assert.Contains(shop.SiteName, dashboard, StringComparison.Ordinal);
        // The Users module's reminders: the owner signs in with a password alone, and no mail server is set.
        Assert.Contains("<a href=\"/account/manage/two-factor\">开启两步验证</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains("id=\"mail-not-configured\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/settings/Smtp\">配置邮件发送</a>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("此卡片暂时无法显示", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_sidebar_keeps_its_groups_in_the_shared_order()
    {
        var owner = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);

        var page = await owner.GetStringAsync("/admin");

        // Users before System, and the Themes module's 主题 joins the Admin module's 系统 group by the same constant.
        var users = page.IndexOf("admin-menu-group-title\">用户", StringComparison.Ordinal);
        var system = page.IndexOf("admin-menu-group-title\">系统", StringComparison.Ordinal);
        Assert.True(users >= 0 && system > users, "用户 comes before 系统 in the sidebar");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "admin-menu-group-title\">系统"));
        var themes = page.IndexOf("href=\"/admin/themes\"", StringComparison.Ordinal);
        var features = page.IndexOf("href=\"/admin/features\"", StringComparison.Ordinal);
        var audit = page.IndexOf("href=\"/admin/audit\"", StringComparison.Ordinal);
        Assert.True(system < features && features < themes && themes < audit, "功能, then 主题, then 操作日志 under 系统");
    }
}
