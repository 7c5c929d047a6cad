using System.Diagnostics.Metrics;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Where lookups check query passwords, counted on the shop's meter (<c>huijin.orders.query_password.checks</c>):
/// a sudden rise is someone guessing, and tests read it to see that an unknown order costs the same work as a known one.
/// </summary>
internal sealed class QueryPasswordChecks(IMeterFactory meters)
{
    /// <summary>The host exports this meter (HuijinCardHubHost.MeterName); a module cannot reference the kernel.</summary>
    public const string MeterName = "HuijinCardHub";
    public const string InstrumentName = "huijin.orders.query_password.checks";

    private readonly Counter<long> checks = meters.Create(MeterName).CreateCounter<long>(InstrumentName, description: "Order query passwords checked (one PBKDF2 each)");

    public bool Verify(string? stored, string? password)
    {
        checks.Add(1);
        return QueryPassword.Verify(stored, password);
    }
}
