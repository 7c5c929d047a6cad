using System.ComponentModel.DataAnnotations;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Orders.Domain;

[SettingsSection("Orders", Title = "订单 / Orders", Permission = "ManageOrders")]
internal sealed class OrderSettings
{
    /// <summary>Unpaid orders expire and give their codes back after this many minutes.</summary>
    [Display(Name = "会员订单保留分钟数", Description = "会员的未支付订单保留库存的时间，超时自动取消并释放卡密")]
    public int ExpiryMinutes { get; set; } = 15;

    /// <summary>The same for guests: shorter, since anyone can place a guest order without an account.</summary>
    [Display(Name = "游客订单保留分钟数", Description = "游客的未支付订单保留库存的时间，建议短于会员订单")]
    public int GuestExpiryMinutes { get; set; } = 10;

    /// <summary>The sandbox `instant` channel marks an order paid without any payment: never on in a real shop.</summary>
    public bool InstantTestChannel { get; set; }

    /// <summary>Order lookups (right or wrong) allowed per visitor address in ten minutes before lookups are refused.</summary>
    [Display(Name = "每个访客地址十分钟内可查询订单次数", Description = "按订单号或联系方式加查询密码查询，每次都计数，超出后该地址暂停查询")]
    public int LookupAttemptsPerTenMinutes { get; set; } = 5;

    /// <summary>Send the buyer an e-mail with the codes once delivered (needs SMTP in the Users settings).</summary>
    public bool EmailCodes { get; set; } = true;

    /// <summary>Most lines a cart may hold.</summary>
    public int MaxCartLines { get; set; } = 20;

    /// <summary>Orders one visitor address may place per minute (0: no limit).</summary>
    [Display(Name = "每个访客地址每分钟下单数", Description = "同一网络地址每分钟最多提交的订单数，0 表示不限")]
    public int OrdersPerVisitorPerMinute { get; set; } = 10;

    /// <summary>Orders one buyer (member, or a guest's contact) may place per minute (0: no limit).</summary>
    [Display(Name = "每个买家每分钟下单数", Description = "同一会员或同一联系方式每分钟最多提交的订单数，0 表示不限")]
    public int OrdersPerBuyerPerMinute { get; set; } = 5;

    /// <summary>Units that unpaid orders of one visitor address, member or contact may hold at once (0: no limit).</summary>
    [Display(Name = "未支付订单可占用件数", Description = "同一网络地址、同一会员或同一联系方式的未支付订单合计最多占用的库存件数，0 表示不限")]
    public int MaxUnpaidUnitsPerVisitor { get; set; } = 200;

    /// <summary>Minutes an order of this buyer holds its stock unpaid.</summary>
    public int HoldMinutesFor(string? userId) => Math.Clamp(userId is null ? GuestExpiryMinutes : ExpiryMinutes, 1, 24 * 60);
}
