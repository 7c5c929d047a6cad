using HuijinCardHub.Kernel.Security;
using HuijinCardHub.Security;
using HuijinCardHub.Shells;
using HuijinCardHub.Time;

namespace HuijinCardHub.Tests.Kernel;

/// <summary>The kernel's throttle: counts first, so attempts made at once get no more than the allowance; per tenant; per window.</summary>
public sealed class ThrottleTests
{
    private static readonly ThrottleRule FivePerMinute = new("test.rule", 5, TimeSpan.FromMinutes(1));

    private sealed class StoppedClock : IClock
    {
        public DateTime UtcNow { get; set; } = new(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);
    }

    [Fact]
    public async Task A_hundred_attempts_at_once_get_exactly_the_allowance()
    {
        var throttle = new ShellThrottle(new ShellInfo("Default", null, null), new ThrottleCounters(new StoppedClock()));
        var decisions = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(async () => await throttle.HitAsync(FivePerMinute, "10.0.0.1"))));

        Assert.Equal(5, decisions.Count(d => d.Allowed));
        Assert.Equal(Enumerable.Range(1, 100), decisions.Select(d => d.Count).Order());
        Assert.All(decisions.Where(d => !d.Allowed), d => Assert.Equal(TimeSpan.FromMinutes(1), d.RetryAfter));
    }

    [Fact]
    public async Task Tenants_rules_and_keys_count_apart_and_a_new_window_starts_afresh()
    {
        var clock = new StoppedClock();
        var counters = new ThrottleCounters(clock);
        var shop = new ShellThrottle(new ShellInfo("Default", null, null), counters);
        var otherShop = new ShellThrottle(new ShellInfo("Second", null, null), counters);
        for (var i = 0; i < 5; i++)
        {
            await shop.HitAsync(FivePerMinute, "10.0.0.1");
        }

        Assert.False((await shop.HitAsync(FivePerMinute, "10.0.0.1")).Allowed);
        Assert.True((await otherShop.HitAsync(FivePerMinute, "10.0.0.1")).Allowed);
        Assert.True((await shop.HitAsync(FivePerMinute with { Name = "test.other" }, "10.0.0.1")).Allowed);
        Assert.True((await shop.HitAsync(FivePerMinute, "10.0.0.2")).Allowed);

        clock.UtcNow = clock.UtcNow.AddSeconds(30);
        var later = await shop.HitAsync(FivePerMinute, "10.0.0.1");
        Assert.Equal((false, TimeSpan.FromSeconds(30)), (later.Allowed, later.RetryAfter));

        clock.UtcNow = clock.UtcNow.AddSeconds(31);
        Assert.Equal(new ThrottleDecision(true, 1, TimeSpan.Zero), await shop.HitAsync(FivePerMinute, "10.0.0.1"));
    }

    [Fact]
    public async Task Ended_windows_are_swept_so_many_addresses_do_not_pile_up()
    {
        var clock = new StoppedClock();
        var counters = new ThrottleCounters(clock);
        var shop = new ShellThrottle(new ShellInfo("Default", null, null), counters);
        for (var i = 0; i < 1000; i++)
        {
            await shop.HitAsync(FivePerMinute, $"10.1.{i / 250}.{i % 250}");
        }

        clock.UtcNow = clock.UtcNow.AddMinutes(2);
        await shop.HitAsync(FivePerMinute, "10.9.9.9");

        Assert.Equal(1, counters.Count);
    }

    [Fact]
    public async Task A_rule_without_a_limit_lets_everything_through()
    {
        var throttle = new ShellThrottle(new ShellInfo("Default", null, null), new ThrottleCounters(new StoppedClock()));
        for (var i = 0; i < 20; i++)
        {
            Assert.True((await throttle.HitAsync(FivePerMinute with { Limit = 0 }, "10.0.0.1")).Allowed);
        }
    }
}
