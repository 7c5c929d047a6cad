using System.Reflection;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Kernel.Shells;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>
/// The real host, in process, with its own app-data folder and database. With a recipe it is set up
/// unattended at start (as a merchant would with Setup__* variables); without one it shows /setup.
/// The test assembly is added as a module so tests can switch on probe features, and so is the sample plugin
/// (tests/HuijinCardHub.Samples.GiftCards), which the shipped host does not reference.
/// </summary>
public class ShopFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Jade2026pass";

    private readonly string? _recipe;
    private readonly TestDatabase _database = TestDatabase.Create();

    public ShopFactory() : this("default")
    {
    }

    protected ShopFactory(string? recipe)
    {
        _recipe = recipe;
        AppData = Path.Combine(Path.GetTempPath(), "huijin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(AppData);
    }

    public string AppData { get; }

    /// <summary>Where a tenant's mail lands without SMTP in Testing: its own pickup folder, under its own app-data folder.</summary>
    public string MailFolder(string tenant = ShellSettings.DefaultName) => Path.Combine(AppData, "Sites", tenant, "Mail");

    /// <summary>TestServer has no client address, so every test shares one login allowance.</summary>
    protected virtual int LoginAttemptsPerMinute => 1000;

    public string SiteName => "汇锦测试商城";

    /// <summary>What a Prometheus scraper shows to read /metrics.</summary>
    public const string MetricsToken = "metrics-token-2026";

    internal TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("HuijinCardHub:AppData", AppData);
        builder.UseSetting("HuijinCardHub:JsonLogs", "false");
        builder.UseSetting("HuijinCardHub:Jobs:PollSeconds", "0.2");
        builder.UseSetting("HuijinCardHub:Metrics:Token", MetricsToken);
        builder.UseSetting("Users:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_recipe is not null)
        {
            builder.UseSetting("Setup:SiteName", SiteName);
            builder.UseSetting("Setup:Recipe", _recipe);
            builder.UseSetting("Setup:AdminUserName", AdminUserName);
            builder.UseSetting("Setup:AdminEmail", "admin@example.com");
            builder.UseSetting("Setup:AdminPassword", AdminPassword);
            builder.UseSetting("Setup:DatabaseProvider", _database.Provider.ToString());
            builder.UseSetting("Setup:ConnectionString", _database.ConnectionString ?? "");
        }

        builder.ConfigureTestServices(services =>
        {
            var host = typeof(Program).Assembly;
            var modules = host.GetCustomAttributes<HuijinCardHub.Modules.HostModuleAttribute>()
                .Select(m => Assembly.Load(new AssemblyName(m.AssemblyName)))
                .Append(typeof(ShopFactory).Assembly)
                .Append(typeof(HuijinCardHub.Samples.GiftCards.Domain.GiftCardKind).Assembly) // the sample plugin, not shipped
                .Append(typeof(ModuleCatalog).Assembly);
            services.AddSingleton(ModuleCatalog.FromAssemblies(modules));
        });
    }

    internal ShellHost Shells => Services.GetRequiredService<ShellHost>();

    /// <summary>A scope of the tenant's current shell, as a request would get.</summary>
    internal async Task<AsyncServiceScope> ShellScopeAsync(string tenant = ShellSettings.DefaultName)
    {
        var shell = await Shells.GetAsync(tenant);
        return shell.Services.CreateAsyncScope();
    }

    /// <summary>Adds a tenant and sets it up as a shop of its own, on a fresh database the caller drops.</summary>
    internal async Task<TestDatabase> OpenTenantAsync(ShellSettings tenant, string siteName)
    {
        var database = TestDatabase.Create();
        try
        {
            Shells.SaveTenant(tenant);
            await using var scope = await ShellScopeAsync(tenant.Name);
            var admin = tenant.Name.ToLowerInvariant();
            await scope.ServiceProvider.GetRequiredService<HuijinCardHub.Setup.ISetupService>().SetupAsync(new HuijinCardHub.Setup.SetupRequest
            {
                Tenant = tenant.Name,
                SiteName = siteName,
                AdminUserName = admin,
                AdminEmail = admin + "@example.com",
                AdminPassword = "Tenant2026pass",
                DatabaseProvider = database.Provider,
                ConnectionString = database.ConnectionString,
            });
            return database;
        }
        catch
        {
            database.Drop();
            throw;
        }
    }

    /// <summary>Switches the features on, then runs the recipe, each in a scope of its own as an admin would.</summary>
    internal async Task EnableAndRunRecipeAsync(IReadOnlyList<string> features, string recipeJson)
    {
        await using (var scope = await ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<HuijinCardHub.Shells.IShellFeatures>().EnableAsync(features);
        }

        await using (var scope = await ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<HuijinCardHub.Recipes.IRecipeRunner>().RunJsonAsync(recipeJson);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A browser whose requests name another host (the shop's own domain, or an attacker's forged Host header), sent
    /// exactly as given ("SHOP.example.com.:8080"), not as HttpClient would respell the address.
    /// </summary>
    public HttpClient CreateBrowser(string host)
    {
        var browser = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri($"http://{host}/") });
        browser.DefaultRequestHeaders.Host = host;
        return browser;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _database.Drop();
            try
            {
                Directory.Delete(AppData, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing background task; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>A fresh install that nobody has set up yet.</summary>
public sealed class FreshShopFactory() : ShopFactory(null);
