using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

/// <summary>
/// Tells the merchant something needs attention (alert centre in the admin, e-mail, webhook). Provided by the
/// alerts module; callers resolve it as optional (<c>IEnumerable&lt;IAlertCenter&gt;</c>) so that a shop without
/// the feature still works. Raising never throws into the caller's use case.
/// </summary>
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
