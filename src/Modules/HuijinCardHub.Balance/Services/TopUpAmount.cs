using HuijinCardHub.Text;

namespace HuijinCardHub.Balance.Services;

/// <summary>The rule for a top-up amount typed in yuan: 0.01 up to the shop's maximum, at most two decimals.</summary>
internal static class TopUpAmount
{
    public static Bilingual? Parse(string? text, Money max, out Money amount) =>
        Money.TryParseYuan(text, out amount)
            ? Check(amount, max)
            : new Bilingual("请输入有效金额（最多两位小数）", "Please enter a valid amount (at most two decimals)");

    public static Bilingual? Check(Money amount, Money max)
    {
        if (amount.Fen < 1)
        {
            return new Bilingual("充值金额至少 0.01 元", "The top-up must be at least ¥0.01");
        }

        return amount > max
            ? new Bilingual($"单笔充值最多 {max.ToYuanString()} 元", $"A single top-up is at most ¥{max.ToYuanString()}")
            : null;
    }
}
