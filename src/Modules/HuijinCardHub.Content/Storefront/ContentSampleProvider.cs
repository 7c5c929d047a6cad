using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary>Realistic models for the template preview in the admin.</summary>
internal sealed class ContentSampleProvider : ITemplateSampleProvider
{
    public object? GetSample(string template) => template switch
    {
        "home" => new HomeViewModel("汇锦卡盟", "欢迎光临汇锦卡盟，付款后自动发货。", "示例公告：本周新增多款游戏点卡。",
            [new PageLinkModel("about", "关于我们", PageUrls.Of("about")), new PageLinkModel("help", "购买须知", PageUrls.Of("help"))]),
        "page" => new PageViewModel("about", "关于我们", "<p>这是一个示例页面。<strong>正文</strong>由后台编辑。</p><ul><li>自动发货</li><li>全天候服务</li></ul>",
            PageUrls.Of("about"), DateTime.UtcNow),
        _ => null,
    };
}
