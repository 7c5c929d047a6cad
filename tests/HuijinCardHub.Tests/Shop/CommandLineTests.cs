using HuijinCardHub.Kernel.Hosting;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;

namespace HuijinCardHub.Tests.Shop;

/// <summary>An operator running recipes from the command line against a set-up shop's app-data folder.</summary>
public sealed class CommandLineTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    private async Task<int?> RunAsync(params string[] args)
    {
        _ = shop.Services; // the shop is set up before the command runs
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["HuijinCardHub:AppData"] = shop.AppData;
        builder.Configuration["HuijinCardHub:JsonLogs"] = "false";
        builder.AddHuijinCardHub(typeof(Program).Assembly);
        await using var app = builder.Build();
        return await KernelCommandLine.TryRunAsync(app, args);
    }

    [Fact]
    public async Task Export_writes_the_shop_as_a_recipe_file_and_a_broken_recipe_is_refused_with_exit_code_1()
    {
        var exported = Path.Combine(shop.AppData, "export.json");
        Assert.Equal(0, await RunAsync("recipe", "export", "--out", exported));
        var json = await File.ReadAllTextAsync(exported);
        Assert.Contains("HuijinCardHub.Content", json, StringComparison.Ordinal);
        Assert.Contains("关于我们", json, StringComparison.Ordinal);

        var broken = Path.Combine(shop.AppData, "broken.json");
        await File.WriteAllTextAsync(broken, """{ "name": "broken", "steps": [ { "name": "teleport" } ] }""");
        Assert.Equal(1, await RunAsync("recipe", "run", broken));

        Assert.Equal(0, await RunAsync("recipe", "run", exported));
        Assert.Null(await RunAsync("--urls", "http://127.0.0.1:0"));
    }
}
