using System.Net;
using HuijinCardHub.Recipes;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>Recipes as a merchant runs them from the admin: checked first, all or nothing.</summary>
public sealed class RecipeTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    private async Task RunAsync(string json)
    {
        await using var scope = await shop.ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunJsonAsync(json);
    }

    private async Task<IReadOnlyList<string>> EnabledAsync()
    {
        await using var scope = await shop.ShellScopeAsync();
        return scope.ServiceProvider.GetRequiredService<IShellFeatures>().Enabled;
    }

    [Fact]
    public async Task A_recipe_with_a_syntax_error_names_the_line_and_changes_nothing()
    {
        var error = await Assert.ThrowsAsync<ShopException>(() => RunAsync("{\n \"name\": \"broken\",\n \"steps\": [ { \"name\": \"feature\", } \n"));
        Assert.Contains("JSON", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("line", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_with_an_unknown_feature_or_step_is_refused_before_any_step_runs()
    {
        var before = await EnabledAsync();
        var error = await Assert.ThrowsAsync<ShopException>(() => RunAsync("""
            { "name": "bad", "steps": [
              { "name": "feature", "enable": ["HuijinCardHub.Tests.Probe", "HuijinCardHub.Lottery"] },
              { "name": "teleport" } ] }
            """));
        Assert.Contains("HuijinCardHub.Lottery", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("teleport", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("未做任何更改", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Equal(before, await EnabledAsync());
    }

    [Fact]
    public async Task A_failing_step_rolls_back_data_and_features()
    {
        var before = await EnabledAsync();
        var error = await Assert.ThrowsAsync<ShopException>(() => RunAsync("""
            { "name": "half-made", "steps": [
              { "name": "feature", "enable": ["HuijinCardHub.Tests.Probe"] },
              { "name": "pages", "pages": [ { "slug": "half-made", "title": "半成品", "body": "<p>x</p>" } ] },
              { "name": "explode" } ] }
            """));
        Assert.Contains("half-made", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(before.Order(), (await EnabledAsync()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await shop.CreateBrowser().GetAsync("/pages/half-made")).StatusCode);
    }

    [Fact]
    public async Task Export_gives_a_recipe_that_runs_again()
    {
        string exported;
        await using (var scope = await shop.ShellScopeAsync())
        {
            exported = await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().ExportAsync();
        }

        Assert.Contains("\"name\": \"feature\"", exported, StringComparison.Ordinal);
        Assert.Contains("HuijinCardHub.Content", exported, StringComparison.Ordinal);
        Assert.Contains("关于我们", exported, StringComparison.Ordinal);
        await RunAsync(exported);
        Assert.Equal(HttpStatusCode.OK, (await shop.CreateBrowser().GetAsync("/pages/about")).StatusCode);
    }
}
