using HuijinCardHub.Search.Indexing;

namespace HuijinCardHub.Tests.Search;

/// <summary>Goods named the way card shops name them, with the traps of Chinese search in them.</summary>
internal static class SampleGoods
{
    public const long HonorCoupons = 1;
    public const long QCoins = 2;
    public const long PeaceCoupons = 3;
    public const long KingSword = 4;
    public const long NeteaseCard = 5;
    public const long IqiyiVip = 6;
    public const long MentionsHonorInDescription = 7;
    public const long QqVip = 8;

    public static IReadOnlyList<GoodsDocument> All { get; } =
    [
        new(HonorCoupons, "王者荣耀点券 60点", "honor-coupons-60", "王者荣耀官方点券，秒到账", "<p>可用于购买皮肤、英雄</p>"),
        new(QCoins, "腾讯Q币充值 10元", "qq-coins-10", "QQ号直充", "<p>充值到QQ账户</p>"),
        new(PeaceCoupons, "和平精英点券 60点", "peace-elite-60", null, ""),
        new(KingSword, "王者之剑 手游礼包", "king-sword-gift", "热门手游", ""),
        new(NeteaseCard, "网易一卡通 50元", "netease-card-50", "网易游戏通用", ""),
        new(IqiyiVip, "爱奇艺会员 月卡", "iqiyi-vip-month", "黄金VIP会员", ""),
        new(MentionsHonorInDescription, "游戏通用充值卡", "game-card", null, "<p>支持王者荣耀等多款游戏</p>"),
        new(QqVip, "QQ会员 季卡", "qq-vip-season", null, ""),
    ];
}
