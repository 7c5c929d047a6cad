using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>
/// "A shop with these features and this recipe", once per fixture: the host set up unattended from a setup recipe
/// ("default" unless a fixture names another), then <see cref="ShopFeatures"/> switched on and <see cref="ShopRecipe"/>
/// run, each in a scope of its own as an admin would do it. The database is SQLite, or a fresh PostgreSQL database
/// when HUIJIN_TEST_POSTGRES holds a connection string (see <see cref="TestDatabase"/>), so every fixture runs on both.
/// A test area derives one fixture (its features, its recipe, helpers in its own words) and shares it through an
/// xUnit collection; the helpers every area needs (a scope, a goods by slug, a signed-in admin) are here.
/// </summary>
public abstract class ShopFixture : ShopFactory, IAsyncLifetime
{
    protected ShopFixture()
        : this("default")
    {
    }

    protected ShopFixture(string setupRecipe)
        : base(setupRecipe)
    {
    }

    /// <summary>The features switched on after setup, dependencies pulled in as the admin's Features page does.</summary>
    protected abstract IReadOnlyList<string> ShopFeatures { get; }

    /// <summary>The fixture's own recipe (goods, settings, content), run once the features are on; null for none.</summary>
    protected virtual string? ShopRecipe => null;

    /// <summary>Which database this run uses, for a test whose SQL differs between the two.</summary>
    public DatabaseProvider DatabaseProvider => Database.Provider;

    public virtual Task InitializeAsync() =>
        ShopRecipe is { } recipe ? EnableAndRunRecipeAsync(ShopFeatures, recipe) : EnableAsync(ShopFeatures);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs the action in a scope of the shop's current shell, as a request would.</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await ShellScopeAsync();
        return await action(scope.ServiceProvider);
    }

    public Task<GoodsDetail> GoodsAsync(string slug) =>
        WithAsync(async s => await s.GetRequiredService<ICatalogQueries>().FindGoodsBySlugAsync(slug) ?? throw new InvalidOperationException(slug + " is missing"));

    /// <summary>A browser signed in as the shop's owner (the admin account made at setup).</summary>
    public async Task<HttpClient> AdminAsync()
    {
        var browser = CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(AdminUserName, AdminPassword)).StatusCode);
        return browser;
    }

    private async Task EnableAsync(IReadOnlyList<string> features)
    {
        await using var scope = await ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<HuijinCardHub.Shells.IShellFeatures>().EnableAsync(features);
    }
}
