using System.Diagnostics.Metrics;
using HuijinCardHub.Orders.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// An orders shop with the storefront's limits as a new shop has them, behind a proxy the shop trusts, so each test
/// browser can come from an address of its own (X-Forwarded-For), as buyers and guessers do.
/// </summary>
public sealed class GuardedShop : OrdersShop
{
    protected override string OrderSettings => """{ "instantTestChannel": true }""";

    /// <summary>A browser whose requests come from <paramref name="address"/>.</summary>
    public HttpClient BrowserFrom(string address)
    {
        var browser = CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    /// <summary>Counts the query passwords this shop checks (one PBKDF2 each) while it is not disposed.</summary>
    internal PasswordCheckCounter CountPasswordChecks() => new(Services.GetRequiredService<IMeterFactory>());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HuijinCardHub:TrustAllProxies", "true");
    }
}

/// <summary>Listens to this shop's meter only: other test shops run at the same time with meters of their own.</summary>
internal sealed class PasswordCheckCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private long checks;

    public PasswordCheckCounter(IMeterFactory shopMeters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == QueryPasswordChecks.InstrumentName && ReferenceEquals(instrument.Meter.Scope, shopMeters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref checks, value));
        listener.Start();
    }

    public long Checks => Interlocked.Read(ref checks);

    public void Dispose() => listener.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GuardedCollection : ICollectionFixture<GuardedShop>
{
    public const string Name = "Guarded orders shop";
}
