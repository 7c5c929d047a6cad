using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Jobs;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Orders.Storefront;
using HuijinCardHub.Security;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Orders;

[Feature("HuijinCardHub.Orders")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<OrdersDbContext>();
        services.AddMemoryCache();
        services.AddScoped<OrderTimeline>();
        services.AddScoped<OrderTransitions>();
        services.AddScoped<PurchaseRules>();
        services.AddScoped<BuyerSpend>();
        services.AddScoped<IBuyerSpendReader>(sp => sp.GetRequiredService<BuyerSpend>());
        services.AddScoped<Services.Checkout>();
        services.AddScoped<CheckoutExtensions>();
        services.AddScoped<LineFulfilments>();
        services.AddScoped<ManualStock>();
        services.AddScoped<IOrderLineFulfilment>(sp => new PersonHandsOverFulfilment(PersonHandsOverFulfilment.Staff, sp.GetRequiredService<ManualStock>()));
        services.AddScoped<IOrderLineFulfilment>(sp => new PersonHandsOverFulfilment(PersonHandsOverFulfilment.Supplier, sp.GetRequiredService<ManualStock>()));
        services.AddScoped<HeldOrders>();
        services.AddScoped<NewOrderWriter>();
        services.AddScoped<OrderAlerts>();
        services.AddScoped<OrderDelivery>();
        services.AddScoped<OrderPayments>();
        services.AddScoped<IOrderPayments>(sp => sp.GetRequiredService<OrderPayments>());
        services.AddScoped<OrderCashier>();
        services.AddScoped<ILiveShop, LiveShopRule>();
        services.AddScoped<OrderExpiry>();
        services.AddScoped<OrderReservations>();
        services.AddScoped<OrderLookup>();
        services.AddSingleton<QueryPasswordChecks>();
        services.AddSingleton<CheckoutLimits>();
        services.AddScoped<AfterSales>();
        services.AddScoped<TicketTransitions>();
        services.AddScoped<IOrderQueries, OrderQueries>();
        services.AddScoped<IOutboxHandler, OrderDeliveryHandler>();
        services.AddScoped<IOutboxHandler, OrderMailHandler>();
        services.AddSingleton<IRecurringJob, OrderExpiryJob>();
        services.AddSingleton<LookupThrottle>();
        services.AddSingleton<OrderAccess>();
        services.AddSingleton<CartStore>();
        services.AddScoped<OrderPageBuilder>();
        services.AddHttpContextAccessor();
        services.AddScoped<IStorefrontMenuProvider, OrdersStorefrontMenu>();
        services.AddScoped<StaffAudit>();
        services.AddScoped<OrderAdminQueries>();
        services.AddScoped<OrderDetailReader>();
        services.AddScoped<OrderCsvExport>();
        services.AddScoped<ManualFulfilment>();
        services.AddScoped<StaffRefunds>();
        services.AddScoped<TicketAdminQueries>();
        services.AddScoped<HuijinCardHub.Admin.IDashboardWidget, Dashboard.TodayOrdersWidget>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CheckoutEndpoints.Map(endpoints);
        OrderEndpoints.Map(endpoints);
        AccountEndpoints.Map(endpoints);
    }
}
