using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

/// <summary>
/// Tells the merchant something needs attention (alert centre in the admin, e-mail, webhook). Provided by the
/// alerts module; callers resolve it as optional (<c>IEnumerable&lt;IAlertCenter&gt;</c>) so that a shop without
/// the feature still works. Raising never throws into the caller's use case.
/// </summary>
/// <remarks>
/// Outside a unit of work the alert commits at once on its own. Inside one (<c>IUnitOfWork.Current</c> is set) it joins
/// the caller's transaction, because on SQLite a second connection would wait for the caller's write lock; it is then
/// rolled back with the caller. So raise an alert about a failure after the failed transaction has ended.
/// </remarks>
public interface IAlertCenter
{
    Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken = default);
}

/// <param name="Kind">One of <see cref="AlertKinds"/> (or a module's own).</param>
/// <param name="Reference">What it is about: an order number, a goods id ("goods:12")... Alerts with the same kind
/// and reference that are still open are merged into one, counting repeats.</param>
public sealed record AlertNotice(string Kind, AlertSeverity Severity, Bilingual Title, string? Detail = null, string? Reference = null);

public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}

public static class AlertKinds
{
    public const string PaymentAnomaly = "payment-anomaly";
    public const string PaymentFailed = "payment-failed";
    public const string OutOfStockAtPayment = "out-of-stock-at-payment";
    public const string DeliveryFailed = "delivery-failed";
    public const string LowStock = "low-stock";
    public const string SupplierDown = "supplier-down";
}
