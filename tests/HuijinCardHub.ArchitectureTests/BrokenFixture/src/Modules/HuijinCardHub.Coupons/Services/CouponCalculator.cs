namespace HuijinCardHub.Coupons.Services;

internal sealed class CouponCalculator
{
    public long Discount(long priceFen, int percent) => priceFen * percent / 100;
}
