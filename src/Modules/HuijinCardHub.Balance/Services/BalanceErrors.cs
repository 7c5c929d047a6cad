using HuijinCardHub.Text;

namespace HuijinCardHub.Balance.Services;

internal static class BalanceErrors
{
    /// <summary>Bigger than any real movement, far from overflowing a long when added up.</summary>
    public const long MaxMovementFen = 1_000_000_000_00;

    public static readonly Bilingual Insufficient = new("余额不足", "Insufficient balance");
    public static readonly Bilingual BelowZero = new("调整后余额不能小于零", "The adjustment would take the balance below zero");
    public static readonly Bilingual ReasonRequired = new("请填写调整原因", "Please give a reason for the adjustment");
    public static readonly Bilingual StaffRequired = new("缺少操作人员", "The staff member is missing");
    public static readonly Bilingual UserRequired = new("缺少会员", "The member is missing");
    public static readonly Bilingual ReferenceRequired = new("缺少业务单号", "The reference is missing");
    public static readonly Bilingual AmountPositive = new("金额必须大于零", "The amount must be greater than zero");
    public static readonly Bilingual AmountNotZero = new("调整金额不能为零", "The adjustment cannot be zero");
    public static readonly Bilingual AmountTooLarge = new("金额超出范围", "The amount is out of range");
    public static readonly Bilingual FormExpired = new("表单已失效，请刷新页面后重试", "The form has expired; reload the page and try again");
    public static readonly Bilingual TooLong = new("原因或单号过长", "The reason or reference is too long");

    public static Bilingual ReferenceReused(string reference) => new(
        $"业务单号 {reference} 已用于另一笔金额", $"The reference {reference} was already used with another amount");
}
