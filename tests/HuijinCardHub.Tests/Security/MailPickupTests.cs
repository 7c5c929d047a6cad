using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Messaging;
using HuijinCardHub.Setup;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>
/// Codes mails are cash in clear text. Without SMTP they are written to disk only in Development and Testing, each
/// shop in its own folder; a production shop without SMTP sends nothing, and the admin says so.
/// </summary>
public sealed class MailPickupTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task Two_shops_mail_lands_in_two_separate_folders()
    {
        var second = TestDatabase.Create();
        try
        {
            shop.Shells.SaveTenant(new ShellSettings { Name = "Mailer", RequestUrlPrefix = "mailer" });
            await using (var scope = await shop.ShellScopeAsync("Mailer"))
            {
                await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
                {
                    Tenant = "Mailer",
                    SiteName = "第二家店",
                    AdminUserName = "mailer",
                    AdminEmail = "mailer@example.com",
                    AdminPassword = "Mailer2026pass",
                    DatabaseProvider = second.Provider,
                    ConnectionString = second.ConnectionString,
                });
            }

            await SendAsync(ShellSettings.DefaultName, "first-shop-codes");
            await SendAsync("Mailer", "second-shop-codes");

            Assert.NotEqual(shop.MailFolder(), shop.MailFolder("Mailer"));
            var first = MailIn(shop.MailFolder());
            var other = MailIn(shop.MailFolder("Mailer"));
            Assert.Contains(first, m => m.Contains("first-shop-codes", StringComparison.Ordinal));
            Assert.DoesNotContain(first, m => m.Contains("second-shop-codes", StringComparison.Ordinal));
            Assert.Contains(other, m => m.Contains("second-shop-codes", StringComparison.Ordinal));
            Assert.DoesNotContain(other, m => m.Contains("first-shop-codes", StringComparison.Ordinal));
            Assert.False(Directory.Exists(Path.Combine(shop.AppData, "Mail")), "no folder shared by the shops");
        }
        finally
        {
            second.Drop();
        }
    }

    private async Task SendAsync(string tenant, string text)
    {
        await using var scope = await shop.ShellScopeAsync(tenant);
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync("buyer@example.com", "卡密 " + text, $"<p>{text}</p>");
    }

    internal static List<string> MailIn(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText)] : [];
}

/// <summary>The real host as a production install runs it, with no SMTP server set.</summary>
public sealed class ProductionShopFactory : ShopFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionMailTests(ProductionShopFactory shop) : IClassFixture<ProductionShopFactory>
{
    [Fact]
    public async Task A_production_shop_without_smtp_writes_no_mail_to_disk_and_the_dashboard_warns()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync("buyer@example.com", "您的卡密", "<p>CODE-IN-CLEAR-0001</p>");
        }

        var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        await admin.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "admin@example.com" });
        var dashboard = await admin.GetStringAsync("/admin");

        Assert.Contains("本店不会发出任何邮件", dashboard, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Directory.GetFiles(shop.AppData, "*.eml*", SearchOption.AllDirectories));
        // Nor the old shared folder beside the host.
        var shared = Path.Combine(Directory.GetCurrentDirectory(), "App_Data");
        Assert.True(!Directory.Exists(shared) || Directory.GetFiles(shared, "*.eml*", SearchOption.AllDirectories).Length == 0);
    }
}
