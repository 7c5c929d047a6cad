using System.Reflection;
using HuijinCardHub.CardCodes;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Recipes;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Events;

/// <summary>
/// The shop as a process of its own, for the crash test: <c>dotnet HuijinCardHub.Tests.dll crash-shop pay|resume
/// APPDATA PROVIDER [CONNECTION]</c>. "pay" sets the shop up with the test subscribers, its background worker held off,
/// has a guest pay an order, prints <c>COMMITTED</c> and waits to be killed. "resume" starts on the same app data and
/// database with the worker on, waits until the payment's deliveries are done and prints each subscriber's notes.
/// "stall" is "resume" with a webhook that hangs halfway through its work (and 3-second claims), to be killed there.
/// </summary>
internal static class CrashShop
{
    public const string Committed = "COMMITTED";
    public const string Note = "NOTE";
    public const string Done = "DONE";

    public static async Task<int> RunAsync(string[] args)
    {
        var (mode, appData, provider, connection) = (args[0], args[1], args[2], args.Length > 3 ? args[3] : "");
        Subscribers.WebhookHangs = mode == "stall";
        await using var shop = new CrashShopFactory(appData, provider, connection, workerOn: mode != "pay", leaseSeconds: mode == "stall" ? 3 : 120);
        var shell = await shop.Services.GetRequiredService<HuijinCardHub.Kernel.Shells.ShellHost>().GetAsync(HuijinCardHub.Kernel.Shells.ShellSettings.DefaultName);
        if (mode == "pay")
        {
            var (orderNo, eventId) = await PayAsync(shop.Services);
            Console.WriteLine($"{Committed} {orderNo} {eventId} untouched-deliveries=3");
            await Console.Out.FlushAsync();
            await Task.Delay(Timeout.Infinite);
        }

        var until = DateTime.UtcNow.AddSeconds(90);
        var paid = typeof(OrderPaid).FullName;
        while (DateTime.UtcNow < until)
        {
            await using var scope = shell.Services.CreateAsyncScope();
            var deliveries = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking().Where(o => o.EventType == paid).ToListAsync();
            if (deliveries.Count > 0 && deliveries.All(d => d.Status == 1))
            {
                foreach (var note in await scope.ServiceProvider.GetRequiredService<SubscriberNotesDbContext>().Notes.AsNoTracking().OrderBy(n => n.Id).ToListAsync())
                {
                    Console.WriteLine($"{Note} {note.Handler} {note.EventId} {note.Subject}");
                }

                Console.WriteLine(Done);
                return 0;
            }

            await Task.Delay(200);
        }

        Console.WriteLine("the deliveries were not done within 90 s");
        return 1;
    }

    private static async Task<(string OrderNo, Guid EventId)> PayAsync(IServiceProvider host)
    {
        var shells = host.GetRequiredService<HuijinCardHub.Kernel.Shells.ShellHost>();
        await using (var scope = (await shells.GetAsync(HuijinCardHub.Kernel.Shells.ShellSettings.DefaultName)).Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync([.. OrdersShop.Features, SubscribersStartup.FeatureId]);
        }

        // Switching features on built a new shell: the work happens in it.
        var shellServices = (await shells.GetAsync(HuijinCardHub.Kernel.Shells.ShellSettings.DefaultName)).Services;
        await using var work = shellServices.CreateAsyncScope();
        var services = work.ServiceProvider;
        await services.GetRequiredService<IRecipeRunner>().RunJsonAsync("""
            { "name": "crash", "steps": [ { "name": "catalog", "categories": [ { "slug": "cards", "name": "点卡" } ],
              "goods": [ { "slug": "crash-card", "name": "点卡 crash", "category": "cards", "kind": "Code",
                "variants": [ { "name": "标准", "price": "9.80", "cost": "5.00" } ] } ] } ] }
            """);
        var goods = await services.GetRequiredService<HuijinCardHub.Catalog.ICatalogQueries>().FindGoodsBySlugAsync("crash-card")
            ?? throw new InvalidOperationException("crash-card is missing");
        var variant = goods.Variants[0];
        await services.GetRequiredService<ICodeStock>().ImportAsync(goods.Summary.Id, variant.Id, new StringReader("CRASH-0001----PW0001"), new CodeBatchInfo(new Money(500)));
        var order = await services.GetRequiredService<Checkout>().PlaceAsync(
            new CheckoutRequest([new CheckoutLine(variant.Id, 1, new Dictionary<string, string?>())], null, null, "crash@example.com", "pass1234", "127.0.0.1"), default);
        await services.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, order.Total, "instant", "T-crash");
        var paid = typeof(OrderPaid).FullName;
        var deliveries = await services.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .Where(o => o.EventType == paid).ToListAsync();
        // The kill must come between the commit and any handling: every delivery is written and none is done.
        if (deliveries.Count != 3 || deliveries.Any(d => d.Status != 0 || d.LockedBy is not null))
        {
            throw new InvalidOperationException($"expected 3 untouched deliveries of OrderPaid, found {deliveries.Count}");
        }

        return (order.OrderNo, deliveries[0].EventId!.Value);
    }

    private sealed class CrashShopFactory(string appData, string provider, string connection, bool workerOn, int leaseSeconds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("HuijinCardHub:AppData", appData);
            builder.UseSetting("HuijinCardHub:JsonLogs", "false");
            // Held off while paying: nothing may be handled before the kill.
            builder.UseSetting("HuijinCardHub:Jobs:PollSeconds", workerOn ? "0.2" : "3600");
            builder.UseSetting("HuijinCardHub:Jobs:LeaseSeconds", leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Setup:SiteName", "崩溃测试商城");
            builder.UseSetting("Setup:Recipe", "default");
            builder.UseSetting("Setup:AdminUserName", ShopFactory.AdminUserName);
            builder.UseSetting("Setup:AdminEmail", "admin@example.com");
            builder.UseSetting("Setup:AdminPassword", ShopFactory.AdminPassword);
            builder.UseSetting("Setup:DatabaseProvider", provider);
            builder.UseSetting("Setup:ConnectionString", connection);
            builder.ConfigureTestServices(services =>
            {
                var modules = typeof(Program).Assembly.GetCustomAttributes<HuijinCardHub.Modules.HostModuleAttribute>()
                    .Select(m => Assembly.Load(new AssemblyName(m.AssemblyName)))
                    .Append(typeof(CrashShop).Assembly)
                    .Append(typeof(ModuleCatalog).Assembly);
                services.AddSingleton(ModuleCatalog.FromAssemblies(modules));
            });
        }
    }
}
