using System.Globalization;
using HuijinCardHub.Text;

namespace HuijinCardHub;

/// <summary>
/// An amount of RMB in fen (minor units). Never a double: sums and comparisons stay exact,
/// and SQLite can order and sum a long where it cannot a decimal.
/// </summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ShopException(new Bilingual($"金额 {yuan} 超过两位小数", $"Amount {yuan} has more than two decimals"));
        }

        if (fen > long.MaxValue / 2 || fen < long.MinValue / 2)
        {
            throw new ShopException(new Bilingual("金额超出范围", "Amount out of range"));
        }

        return new Money((long)fen);
    }

    /// <summary>Parses "12", "12.5", "12.50" (as gateways send it) exactly.</summary>
    public static bool TryParseYuan(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text) ||
            !decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan))
        {
            return false;
        }

        try
        {
            money = FromYuan(yuan);
            return true;
        }
        catch (ShopException)
        {
            return false;
        }
    }

    public decimal Yuan => Fen / 100m;

    public bool IsNegative => Fen < 0;

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static Money operator *(Money a, int quantity) => new(checked(a.Fen * quantity));

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(int quantity) => this * quantity;

    /// <summary>Applies a rate in basis points (9500 = 95%), rounding half away from zero to the fen.</summary>
    public Money ApplyRate(int basisPoints) =>
        new((long)Math.Round(Fen * (decimal)basisPoints / 10_000m, MidpointRounding.AwayFromZero));

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>"12.50": the form payment gateways expect.</summary>
    public string ToYuanString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    public override string ToString() => "¥" + ToYuanString();
}
