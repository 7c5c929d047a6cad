using System.Net;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Tests.Content;

/// <summary>A buyer reading what the announcements, banners and navigation steps made.</summary>
[Collection(ContentCollection.Name)]
public sealed partial class AnnouncementStorefrontTests(ContentShop shop)
{
    [Fact]
    public async Task The_home_page_shows_showing_announcements_banners_and_menu_links_in_readable_Chinese()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/");
        Assert.Contains("置顶：双十二点卡满减", html, StringComparison.Ordinal);
        Assert.Contains("新游上线公告", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/_content/HuijinCardHub.Content/banners/game-top-up.svg\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"点卡横幅\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/category/hot-games\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("停用的横幅", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://weibo.com/huijin\" target=\"_blank\" rel=\"noopener\">官方微博</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduled_expired_and_draft_announcements_are_not_shown_anywhere()
    {
        var browser = shop.CreateBrowser();
        foreach (var url in new[] { "/", "/announcements" })
        {
            var html = await browser.GetStringAsync(url);
            Assert.DoesNotContain("明年才开始的公告", html, StringComparison.Ordinal);
            Assert.DoesNotContain("已经过期的公告", html, StringComparison.Ordinal);
            Assert.DoesNotContain("草稿公告", html, StringComparison.Ordinal);
        }

        // Ids run 1..6 in recipe order (a fresh database per fixture): the first three show, the hidden three
        // are neither listed nor reachable by guessing their ids.
        var list = await browser.GetStringAsync("/announcements");
        var listed = AnnouncementLink().Matches(list).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        for (var id = 1L; id <= 6; id++)
        {
            var visible = id <= 3;
            Assert.Equal(visible, listed.Contains(id));
            var response = await browser.GetAsync("/announcements/" + id);
            Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_newest_pinned_announcement_runs_as_a_bar_on_every_page()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/pages/about");
        var bar = Regex.Match(html, "<div class=\"site-announcement\".*?</div></div>", RegexOptions.Singleline);
        Assert.True(bar.Success, "no announcement bar");
        Assert.Contains("置顶：双十二点卡满减", bar.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("旧的置顶公告", bar.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_announcement_page_shows_the_sanitized_body()
    {
        var browser = shop.CreateBrowser();
        var list = await browser.GetStringAsync("/announcements");
        var id = AnnouncementLink().Matches(list).Select(m => m.Groups[1].Value).First();
        var response = await browser.GetAsync("/announcements/" + id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>满 100 减 5</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_menu_keeps_home_pages_and_category_links_and_merges_links_by_sort_order()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/");
        var nav = Regex.Match(html, "<nav class=\"site-nav\".*?</nav>", RegexOptions.Singleline).Value;
        var home = nav.IndexOf("href=\"/\"", StringComparison.Ordinal);
        var about = nav.IndexOf("href=\"/pages/about\"", StringComparison.Ordinal);
        var notices = nav.IndexOf("href=\"/announcements\"", StringComparison.Ordinal);
        var weibo = nav.IndexOf("href=\"https://weibo.com/huijin\"", StringComparison.Ordinal);
        Assert.True(home >= 0 && home < about && about < notices && notices < weibo, nav);
        Assert.Contains("href=\"/category/recharge\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/announcements/(\\d+)\"")]
    private static partial Regex AnnouncementLink();
}
