using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Content;

/// <summary>A manager editing announcements, banners and the menu in the admin.</summary>
[Collection(ContentCollection.Name)]
public sealed class ContentAdminTests(ContentShop shop)
{
    [Fact]
    public async Task An_announcement_a_banner_and_a_menu_link_made_in_the_admin_show_on_the_home_page()
    {
        var admin = await shop.AdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/announcements/create", new Dictionary<string, string>
        {
            ["Title"] = "后台发布：春节不打烊",
            ["BodyHtml"] = "<p>春节期间自动发货照常</p>",
            ["Published"] = "true",
            ["Pinned"] = "false",
            ["PublishedFrom"] = "2020-02-01T08:00",
            ["SortOrder"] = "1",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/banners/create", new Dictionary<string, string>
        {
            ["Title"] = "后台横幅：会员特惠",
            ["ImageUrl"] = "/_content/HuijinCardHub.Content/banners/video-vip.svg",
            ["LinkUrl"] = "/goods/qq-coins-10",
            ["Enabled"] = "true",
            ["SortOrder"] = "1",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/navigation/create", new Dictionary<string, string>
        {
            ["Text"] = "联系客服",
            ["Url"] = "/pages/help",
            ["OpenInNewTab"] = "false",
            ["SortOrder"] = "70",
        })).StatusCode);

        var home = await shop.CreateBrowser().GetStringAsync("/");
        Assert.Contains("后台发布：春节不打烊", home, StringComparison.Ordinal);
        Assert.Contains("alt=\"后台横幅：会员特惠\"", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pages/help\">联系客服</a>", home, StringComparison.Ordinal);

        var list = await admin.GetStringAsync("/admin/announcements");
        Assert.Contains("后台发布：春节不打烊", list, StringComparison.Ordinal);
        Assert.Contains("2020-02-01 08:00", list, StringComparison.Ordinal);
    }

    public static TheoryData<string, Dictionary<string, string>, string, string, string> BadInput => new()
    {
        {
            "/admin/announcements/create", new() { ["Title"] = "  ", ["BodyHtml"] = "<p>无标题</p>" },
            "请填写公告标题", "The announcement needs a title", "/admin/announcements"
        },
        {
            "/admin/announcements/create", new() { ["Title"] = "日期写错的公告", ["PublishedFrom"] = "下周一" },
            "开始时间「下周一」不是有效的时间", "The start time \"下周一\" is not a valid time", "/admin/announcements"
        },
        {
            "/admin/announcements/create", new() { ["Title"] = "结束早于开始的公告", ["PublishedFrom"] = "2026-12-10T00:00", ["PublishedUntil"] = "2026-12-01T00:00" },
            "结束时间必须晚于开始时间", "The end time must be later than the start time", "/admin/announcements"
        },
        {
            "/admin/announcements/create", new() { ["Title"] = new string('长', 121) },
            "公告标题最多 120 个字符", "The announcement title can have at most 120 characters", "/admin/announcements"
        },
        {
            "/admin/banners/create", new() { ["Title"] = "脚本横幅", ["ImageUrl"] = "/x.png", ["LinkUrl"] = "javascript:alert(1)" },
            "链接「javascript:alert(1)」无效", "Link \"javascript:alert(1)\" is invalid", "/admin/banners"
        },
        {
            "/admin/banners/create", new() { ["Title"] = "数据横幅", ["ImageUrl"] = "data:image/png;base64,AAAA" },
            "图片地址「data:image/png;base64,AAAA」无效", "Picture address \"data:image/png;base64,AAAA\" is invalid", "/admin/banners"
        },
        {
            "/admin/navigation/create", new() { ["Text"] = "脚本菜单", ["Url"] = "JavaScript:alert(1)" },
            "链接地址「JavaScript:alert(1)」无效", "Link address \"JavaScript:alert(1)\" is invalid", "/admin/navigation"
        },
        {
            "/admin/navigation/create", new() { ["Text"] = "别站菜单", ["Url"] = "//evil.example/x" },
            "链接地址「//evil.example/x」无效", "Link address \"//evil.example/x\" is invalid", "/admin/navigation"
        },
        {
            "/admin/navigation/create", new() { ["Text"] = "排序菜单", ["Url"] = "/search", ["SortOrder"] = "abc" },
            "排序必须是整数", "The order must be a whole number", "/admin/navigation"
        },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_clear_message_in_both_languages_and_nothing_is_saved(
        string url, Dictionary<string, string> fields, string chinese, string english, string listUrl)
    {
        var admin = await shop.AdminAsync();
        var response = await admin.SubmitAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(chinese, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        admin.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var englishPage = await (await admin.SubmitAsync(url, fields)).Content.ReadAsStringAsync();
        Assert.Contains(english, WebUtility.HtmlDecode(englishPage), StringComparison.Ordinal);

        var name = fields.GetValueOrDefault("Title") ?? fields["Text"];
        if (!string.IsNullOrWhiteSpace(name))
        {
            Assert.DoesNotContain(name, WebUtility.HtmlDecode(await admin.GetStringAsync(listUrl)), StringComparison.Ordinal);
            Assert.DoesNotContain(name, WebUtility.HtmlDecode(await shop.CreateBrowser().GetStringAsync("/")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_admin_pages_need_a_signed_in_manager()
    {
        var visitor = shop.CreateBrowser();
        foreach (var url in new[] { "/admin/announcements", "/admin/banners", "/admin/navigation" })
        {
            var response = await visitor.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Deleting_an_announcement_takes_it_off_the_storefront()
    {
        var admin = await shop.AdminAsync();
        await admin.SubmitAsync("/admin/announcements/create", new Dictionary<string, string> { ["Title"] = "马上删除的公告", ["Published"] = "true" });
        var list = await admin.GetStringAsync("/admin/announcements");
        var id = Regex.Match(list, "马上删除的公告</td>.*?/admin/announcements/(\\d+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains("马上删除的公告", await shop.CreateBrowser().GetStringAsync("/announcements"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/announcements", new Dictionary<string, string>(), $"/admin/announcements/{id}/delete")).StatusCode);
        Assert.DoesNotContain("马上删除的公告", await shop.CreateBrowser().GetStringAsync("/announcements"), StringComparison.Ordinal);
    }
}
