using System.Net;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>A merchant switching features at run time: no restart, dependencies follow, the shop keeps serving.</summary>
public sealed class FeatureSwitchTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    private async Task<T> WithFeaturesAsync<T>(Func<IShellFeatures, Task<T>> action)
    {
        await using var scope = await shop.ShellScopeAsync();
        return await action(scope.ServiceProvider.GetRequiredService<IShellFeatures>());
    }

    [Fact]
    public async Task Content_goes_off_and_comes_back_without_a_restart()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/pages/about")).StatusCode);

        await WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Content"]));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/pages/about")).StatusCode);

        await WithFeaturesAsync(f => f.EnableAsync(["HuijinCardHub.Content"]));
        var page = await browser.GetAsync("/pages/about");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("关于我们", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabling_a_feature_pulls_its_dependency_in_and_disabling_the_dependency_cascades()
    {
        await WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Content"]));
        var plan = await WithFeaturesAsync(f => f.EnableAsync(["HuijinCardHub.Tests.Probe"]));
        Assert.Contains("HuijinCardHub.Content", plan.ToEnable);
        Assert.Equal("probe is on", await shop.CreateBrowser().GetStringAsync("/probe"));

        var off = await WithFeaturesAsync(f => Task.FromResult(f.PlanDisable(["HuijinCardHub.Content"])));
        Assert.Contains("HuijinCardHub.Tests.Probe", off.ToDisable);
        await WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Content"]));
        Assert.Equal(HttpStatusCode.NotFound, (await shop.CreateBrowser().GetAsync("/probe")).StatusCode);
        await WithFeaturesAsync(f => f.EnableAsync(["HuijinCardHub.Content"]));
    }

    [Fact]
    public async Task Disabling_an_always_enabled_feature_is_refused_and_changes_nothing()
    {
        var before = await WithFeaturesAsync(f => Task.FromResult(f.Enabled));
        var error = await Assert.ThrowsAsync<ShopException>(() => WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Users"])));
        Assert.Contains("始终启用", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Equal(before, await WithFeaturesAsync(f => Task.FromResult(f.Enabled)));
    }

    [Fact]
    public async Task A_request_in_flight_finishes_on_the_old_shell_while_the_new_one_takes_over()
    {
        await WithFeaturesAsync(f => f.EnableAsync(["HuijinCardHub.Tests.Probe"]));
        Probe.SlowRequestStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Probe.ReleaseSlowRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = shop.CreateBrowser().GetStringAsync("/probe/slow");
        await Probe.SlowRequestStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Tests.Probe"]));
        Assert.Equal(HttpStatusCode.NotFound, (await shop.CreateBrowser().GetAsync("/probe")).StatusCode);

        Probe.ReleaseSlowRequest.SetResult();
        Assert.Equal("slow request finished", await slow.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
