using HuijinCardHub.Modules;
using HuijinCardHub.Orders.Checkout;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

[assembly: Feature("HuijinCardHub.Tests.CheckoutRules", Name = "测试：促销与下单检查", Category = "测试", Dependencies = ["HuijinCardHub.Orders"])]

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>A promotion and a risk check as later modules (marketing, risk) will add them: through the checkout extension points only.</summary>
[Feature("HuijinCardHub.Tests.CheckoutRules")]
internal sealed class CheckoutRulesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<ICheckoutPriceContributor, SpringSale>();
        services.AddScoped<ICheckoutCheck, ContactBlacklist>();
        services.AddScoped<ICheckoutCheck, BigSpenderReview>();
    }
}

/// <summary>¥5 off each unit of goods whose name starts with "促销".</summary>
internal sealed class SpringSale : ICheckoutPriceContributor
{
    public static readonly Bilingual Label = new("春季促销立减", "Spring sale");

    public int Order => 100;

    public ValueTask ContributeAsync(CheckoutContext checkout, CheckoutDiscounts discounts, CancellationToken cancellationToken)
    {
        foreach (var line in checkout.Lines.Where(l => l.GoodsName.StartsWith("促销", StringComparison.Ordinal)))
        {
            discounts.Add(line.Number, new Money(500) * line.Quantity, Label, "promotion:spring");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Contacts starting with "blocked" may not order.</summary>
internal sealed class ContactBlacklist : ICheckoutCheck
{
    public static readonly Bilingual Refusal = new("该联系方式已被限制下单，请联系客服", "This contact may not place orders; please contact us");

    public int Order => 10;

    public ValueTask<CheckoutVerdict> CheckAsync(CheckoutContext checkout, CancellationToken cancellationToken) =>
        ValueTask.FromResult(checkout.Buyer.Contact?.StartsWith("blocked", StringComparison.Ordinal) == true
            ? CheckoutVerdict.Refuse(Refusal)
            : CheckoutVerdict.Allow);
}

/// <summary>Contacts starting with "review" are held for review; it also records what it saw of the request.</summary>
internal sealed class BigSpenderReview : ICheckoutCheck
{
    public static readonly Bilingual Reason = new("新买家大额订单", "A new buyer's large order");

    public static CheckoutContext? LastSeen;

    public int Order => 20;

    public ValueTask<CheckoutVerdict> CheckAsync(CheckoutContext checkout, CancellationToken cancellationToken)
    {
        LastSeen = checkout;
        return ValueTask.FromResult(checkout.Buyer.Contact?.StartsWith("review", StringComparison.Ordinal) == true
            ? CheckoutVerdict.HoldForReview(Reason)
            : CheckoutVerdict.Allow);
    }
}
