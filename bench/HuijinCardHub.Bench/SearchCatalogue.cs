using HuijinCardHub.Search.Indexing;

namespace HuijinCardHub.Bench;

/// <summary>
/// A large made-up catalogue named the way card shops name goods (brand + item + amount + channel), and the
/// queries buyers type into it. Seeded, so every run indexes and asks the same things.
/// </summary>
internal static class SearchCatalogue
{
    private static readonly string[] Brands =
    [
        "王者荣耀", "和平精英", "原神", "英雄联盟", "穿越火线", "地下城与勇士", "梦幻西游", "魔兽世界", "崩坏星穹铁道", "第五人格",
        "阴阳师", "我的世界", "蛋仔派对", "金铲铲之战", "逆水寒", "剑网3", "天涯明月刀", "永劫无间", "王者之剑", "火影忍者",
        "腾讯Q币", "网易一卡通", "爱奇艺会员", "优酷会员", "腾讯视频VIP", "芒果TV会员", "哔哩哔哩大会员", "QQ音乐绿钻", "网易云音乐黑胶", "京东E卡",
        "移动话费", "联通话费", "电信话费", "中石化加油卡", "中石油加油卡", "Steam钱包", "Apple充值卡", "QQ会员", "百度网盘超级会员", "喜马拉雅会员",
    ];

    private static readonly string[] Items = ["点券", "钻石", "元宝", "金币", "月卡", "季卡", "年卡", "礼包", "皮肤", "通行证", "充值卡", "兑换码", "直充", "点卡"];

    private static readonly string[] Amounts = ["6元", "10元", "30元", "50元", "60点", "100元", "198元", "328元", "648元", "1000点"];

    private static readonly string[] Channels = ["", "", "", " 安卓区", " 苹果区", " 自动发货", " 官方直充", " 秒到账"];

    private static readonly string[] Summaries =
    [
        "官方正品，自动发货", "24小时自动充值，秒到账", "全国通用，支持批量购买", "充值前请核对账号", "限时特惠，售完即止", "",
    ];

    private static readonly string[] Queries =
    [
        "点券", "Q币", "q币", "王者", "王者荣耀", "王者荣耀点券", "和平精英 点券", "原神 月卡", "英雄联盟", "一卡通", "爱奇艺", "会员",
        "话费", "移动话费 100元", "加油卡", "steam", "apple", "648", "皮肤", "通行证", "大会员", "绿钻", "京东", "券", "月卡", "秒到账",
        "穿越火线 cf 点券", "地下城", "网盘", "不存在的商品名", "a:b*\"(", "王者荣耀 648元 苹果区 官方直充 自动发货",
    ];

    public static IEnumerable<GoodsDocument> Goods(int count)
    {
        var random = new Random(20261125);
        for (var id = 1; id <= count; id++)
        {
            var brand = Brands[random.Next(Brands.Length)];
            var item = Items[random.Next(Items.Length)];
            var name = $"{brand}{item} {Amounts[random.Next(Amounts.Length)]}{Channels[random.Next(Channels.Length)]}";
            var summary = Summaries[random.Next(Summaries.Length)];
            var description = $"{brand}{item}，{Summaries[random.Next(Summaries.Length)]}。购买后在订单页查看卡密。";
            yield return new GoodsDocument(id, name, $"goods-{id}", summary.Length == 0 ? null : summary, description);
        }
    }

    public static string[] QueriesToAsk(int count)
    {
        var random = new Random(42);
        return Enumerable.Range(0, count).Select(_ => Queries[random.Next(Queries.Length)]).ToArray();
    }
}
