using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

public static class AlertKinds
{
    public const string PaymentAnomaly = "payment-anomaly";
    public const string PaymentFailed = "payment-failed";
    public const string OutOfStockAtPayment = "out-of-stock-at-payment";
    public const string DeliveryFailed = "delivery-failed";
    public const string LowStock = "low-stock";
    public const string SupplierDown = "supplier-down";
}
