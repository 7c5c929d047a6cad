using HuijinCardHub.Time;

namespace HuijinCardHub.Tests.Kernel;

/// <summary>The shop keeps Beijing's calendar: a buyer's day, an order number's time and a staff filter all start at midnight there.</summary>
public sealed class ShopTimeTests
{
    [Fact]
    public void Half_past_midnight_in_Beijing_is_already_the_next_shop_day()
    {
        var utc = new DateTime(2026, 11, 24, 16, 30, 0, DateTimeKind.Utc); // 00:30 on the 25th in Beijing

        Assert.Equal(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Utc), ShopTime.TodayStartUtc(utc));
        Assert.Equal("2026-11-25 00:30:00", ShopTime.Format(utc));
        Assert.Equal("20261125003000", ShopTime.Format(utc, "yyyyMMddHHmmss"));
    }

    [Fact]
    public void A_day_typed_by_staff_starts_at_Beijing_midnight_and_nonsense_is_refused()
    {
        Assert.True(ShopTime.TryDayStartUtc(" 2026-11-25 ", out var start));
        Assert.Equal(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.False(ShopTime.TryDayStartUtc("25/11/2026", out _));
        Assert.False(ShopTime.TryDayStartUtc(null, out _));
        Assert.Equal("", ShopTime.Format((DateTime?)null));
    }
}
