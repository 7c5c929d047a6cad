namespace HuijinCardHub.Coupons.Domain;

internal sealed class Coupon
{
    public long Id { get; set; }

    public int Percent { get; set; }
}
