using HuijinCardHub.Coupons.Services;

namespace HuijinCardHub.Gifts.Services;

public sealed class GiftWrapper(CouponCalculator coupons)
{
    public long Price(long priceFen) => coupons.Discount(priceFen, 10);
}
