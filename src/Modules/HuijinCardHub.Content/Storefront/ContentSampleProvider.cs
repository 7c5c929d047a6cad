using HuijinCardHub.Catalog;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary>Realistic models for the template preview in the admin.</summary>
internal sealed class ContentSampleProvider : ITemplateSampleProvider
{
    private static readonly AnnouncementLinkModel[] Announcements =
    [
        new(1, "双十二充值季：点卡满 100 减 5", "活动期间全场游戏点卡满 100 元立减 5 元，数量有限，先到先得。", true, "2026-12-01", AnnouncementModels.Url(1)),
        new(2, "新增原神、崩坏：星穹铁道充值", "米哈游旗下游戏充值已上线，付款后自动到账。", false, "2026-11-20", AnnouncementModels.Url(2)),
    ];

    public object? GetSample(string template) => template switch
    {
        "home" => new HomeViewModel("汇锦卡盟", "欢迎光临汇锦卡盟，付款后自动发货。", "示例公告：本周新增多款游戏点卡。",
            [new PageLinkModel("about", "关于我们", PageUrls.Of("about")), new PageLinkModel("help", "购买须知", PageUrls.Of("help"))],
            Announcements,
            [new BannerModel("双十二充值季", "/_content/HuijinCardHub.Content/banners/game-top-up.svg", "/announcements/1"), new BannerModel("新游上线", "/_content/HuijinCardHub.Content/banners/new-games.svg", null)],
            [new ShowcaseGoods("Q币充值卡", "/goods/qq-coins", null, "9.90", true, "卡密")],
            [new ShowcaseGoods("原神创世结晶", "/goods/genshin-crystals", null, "5.90", false, "直充")]),
        "page" => new PageViewModel("about", "关于我们", "<p>这是一个示例页面。<strong>正文</strong>由后台编辑。</p><ul><li>自动发货</li><li>全天候服务</li></ul>",
            PageUrls.Of("about"), DateTime.UtcNow),
        "announcements" => new AnnouncementListViewModel(Announcements),
        "announcement" => new AnnouncementViewModel(1, "双十二充值季：点卡满 100 减 5", "<p>活动期间全场游戏点卡<strong>满 100 元立减 5 元</strong>。</p><ul><li>12 月 1 日至 12 月 12 日</li></ul>",
            true, "2026-12-01", AnnouncementModels.Url(1)),
        _ => null,
    };
}
