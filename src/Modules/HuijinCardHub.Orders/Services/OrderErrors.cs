using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>Messages a buyer or staff member sees when an order action is refused.</summary>
internal static class OrderErrors
{
    public static readonly Bilingual FormExpired = new("表单已失效，请刷新页面后重试", "The form has expired; reload the page and try again");
    public static readonly Bilingual NotFound = new("订单不存在", "Order not found");
    public static readonly Bilingual EmptyCart = new("请至少选择一件商品", "Choose at least one item");
    public static readonly Bilingual TooManyLines = new("购物车商品种类过多", "Too many different items in the cart");
    public static readonly Bilingual ContactRequired = new("游客下单请填写联系方式（邮箱、手机号或QQ）", "Guests must give a contact (e-mail, mobile or QQ)");
    public static readonly Bilingual PasswordRequired = new(
        $"请设置{QueryPassword.MinLength}-{QueryPassword.MaxLength}位订单查询密码", $"Set an order query password of {QueryPassword.MinLength}-{QueryPassword.MaxLength} characters");
    public static readonly Bilingual GoodsUnavailable = new("商品不存在或已下架", "The goods is not available");
    public static readonly Bilingual OutOfStock = new("库存不足", "Out of stock");
    public static readonly Bilingual NotPayable = new("订单当前状态不能支付", "The order cannot be paid in its current state");
    public static readonly Bilingual AmountMismatch = new("支付金额与订单金额不符", "The amount paid does not match the order");
    public static readonly Bilingual InstantClosed = new("测试支付通道未开启", "The test payment channel is not open");
    public static readonly Bilingual BalanceNeedsMember = new("余额支付请先登录", "Sign in to pay with balance");
    public static readonly Bilingual UnknownChannel = new("不支持的支付方式", "Unsupported payment method");
    public static readonly Bilingual LookupThrottled = new("查询次数过多，请10分钟后再试", "Too many lookups; try again in 10 minutes");
    public static readonly Bilingual LookupFailed = new("订单号（或联系方式）与查询密码不匹配", "Order number (or contact) and password do not match");
    public static readonly Bilingual TooManyOrders = new("下单过于频繁，请稍后再试", "Too many orders in a short time; try again in a minute");
    public static readonly Bilingual AlreadyPlaced = new("该订单已提交，请勿重复提交", "This order was already placed");
    public static readonly Bilingual RequestUsed = new("该订单已由另一位买家提交，请刷新页面后重试", "This checkout was already used by another buyer; reload the page and try again");
    public static readonly Bilingual NotYours = new("无权查看该订单", "You may not view this order");

    public static Bilingual Quantity(int min, int max) => new($"购买数量须在 {min} 到 {max} 之间", $"Quantity must be between {min} and {max}");

    public static Bilingual DailyLimit(string goods, int limit, int already) => new(
        $"「{goods}」每人每天限购 {limit} 件，今天已购 {already} 件", $"\"{goods}\" is limited to {limit} per buyer per day; you already bought {already} today");

    public static Bilingual UnpaidUnits(int limit, int held) => new(
        $"未支付订单最多可占用 {limit} 件商品，您已有 {held} 件待支付，请先支付或取消之前的订单",
        $"Unpaid orders may hold at most {limit} items; you already have {held} waiting for payment. Pay or cancel those orders first");

    public static readonly Bilingual Refused = new("订单未通过检查，无法下单", "The order did not pass the shop's checks");
    public static readonly Bilingual HeldForReview = new("订单需人工审核后发货", "The order is delivered after a review");

    public static Bilingual OutOfStockFor(string goods) => new($"「{goods}」库存不足", $"\"{goods}\" is out of stock");

    /// <summary>No enabled feature hands over goods of this kind (its module is switched off): not stock, so said so.</summary>
    public static Bilingual NotSoldNow(string goods) =>
        new($"「{goods}」暂时无法购买：它的发货方式未启用，请联系客服", $"\"{goods}\" cannot be bought now: its delivery is switched off; please contact support");
}
